	.file	"memory_bomb.c"
	.text
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB11:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	leaq	blocks(%rip), %rbp
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	xorl	%ebx, %ebx
	subq	$8, %rsp
	.cfi_def_cfa_offset 32
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L6:
	addl	$1, %ebx
	andl	$63, %ebx
.L3:
	movl	$67108864, %edi
	call	malloc@PLT
	movslq	%ebx, %rdx
	movq	%rax, 0(%rbp,%rdx,8)
	movq	0(%rbp,%rdx,8), %rax
	testq	%rax, %rax
	movq	0(%rbp,%rdx,8), %rax
	movb	$1, (%rax)
	jne	.L6
	addq	$8, %rsp
	.cfi_def_cfa_offset 24
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	blocks
	.comm	blocks,512,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
