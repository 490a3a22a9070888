	.file	"huge_workdir_file.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"w"
.LC1:
	.string	"big"
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
	leaq	buf.0(%rip), %rbp
	movl	$120, %esi
	movl	$1048576, %edx
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	movq	%rbp, %rdi
	subq	$8, %rsp
	.cfi_def_cfa_offset 32
	call	memset@PLT
	leaq	.LC0(%rip), %rsi
	leaq	.LC1(%rip), %rdi
	call	fopen@PLT
	testq	%rax, %rax
	je	.L4
	movq	%rax, %rbx
	.p2align 4,,10
	.p2align 3
.L2:
	movq	%rbx, %rcx
	movl	$1048576, %edx
	movl	$1, %esi
	movq	%rbp, %rdi
	call	fwrite@PLT
	jmp	.L2
.L4:
	popq	%rdx
	.cfi_def_cfa_offset 24
	movl	$3, %eax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	buf.0
	.comm	buf.0,1048576,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
