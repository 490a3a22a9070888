	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%llu"
.LC2:
	.string	"%llu\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB11:
	.cfi_startproc
	pushq	%r13
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	xorl	%eax, %eax
	leaq	.LC0(%rip), %rdi
	pushq	%r12
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	pushq	%rbp
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	pushq	%rbx
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	subq	$24, %rsp
	.cfi_def_cfa_offset 64
	leaq	4(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L6
	cmpl	$0, 4(%rsp)
	jle	.L6
	xorl	%ebx, %ebx
	leaq	8(%rsp), %r12
	leaq	.LC1(%rip), %rbp
	leaq	.LC2(%rip), %r13
	.p2align 4,,10
	.p2align 3
.L10:
	xorl	%eax, %eax
	movq	%r12, %rsi
	movq	%rbp, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L6
	movq	8(%rsp), %rdi
	xorl	%ecx, %ecx
	xorl	%esi, %esi
	testq	%rdi, %rdi
	je	.L5
	.p2align 4,,10
	.p2align 3
.L4:
	movq	%rcx, %rdx
	shrq	%rdx
	movq	%rdx, %rax
	xorq	%rcx, %rax
	cmpq	%rcx, %rdx
	je	.L7
	.p2align 4,,10
	.p2align 3
.L9:
	movq	%rax, %rdx
	andl	$1, %edx
	cmpq	$1, %rdx
	sbbq	$-1, %rsi
	shrq	%rax
	jne	.L9
.L7:
	addq	$1, %rcx
	cmpq	%rdi, %rcx
	jne	.L4
.L5:
	movq	%r13, %rdi
	xorl	%eax, %eax
	addl	$1, %ebx
	call	printf@PLT
	cmpl	%ebx, 4(%rsp)
	jg	.L10
.L6:
	addq	$24, %rsp
	.cfi_def_cfa_offset 40
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 32
	popq	%rbp
	.cfi_def_cfa_offset 24
	popq	%r12
	.cfi_def_cfa_offset 16
	popq	%r13
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
