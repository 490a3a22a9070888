	.file	"output_1gb.c"
	.text
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	leaq	buf.0(%rip), %rbp
	movl	$1048576, %edx
	movl	$55, %esi
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	movq	%rbp, %rdi
	movl	$1024, %ebx
	subq	$8, %rsp
	.cfi_def_cfa_offset 32
	call	memset@PLT
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L9:
	subl	$1, %ebx
	je	.L8
.L3:
	movl	$1048576, %edx
	movq	%rbp, %rsi
	movl	$1, %edi
	call	write@PLT
	testq	%rax, %rax
	jns	.L9
	movl	$1, %eax
.L1:
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
.L8:
	.cfi_restore_state
	xorl	%eax, %eax
	jmp	.L1
	.cfi_endproc
.LFE0:
	.size	main, .-main
	.local	buf.0
	.comm	buf.0,1048576,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
