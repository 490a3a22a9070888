	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%llu %llu %llu"
.LC2:
	.string	"%llu\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB12:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	xorl	%eax, %eax
	leaq	.LC0(%rip), %rdi
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$40, %rsp
	.cfi_def_cfa_offset 96
	leaq	4(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L4
	movl	4(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 4(%rsp)
	testl	%eax, %eax
	jle	.L4
	leaq	24(%rsp), %r13
	leaq	16(%rsp), %r12
	movl	$1, %r15d
	leaq	8(%rsp), %rbp
	leaq	.LC1(%rip), %rbx
	leaq	.LC2(%rip), %r14
	.p2align 4,,10
	.p2align 3
.L10:
	xorl	%eax, %eax
	movq	%r13, %rcx
	movq	%r12, %rdx
	movq	%rbp, %rsi
	movq	%rbx, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$3, %eax
	jne	.L4
	movq	24(%rsp), %r9
	movq	8(%rsp), %rsi
	testq	%r9, %r9
	je	.L11
	movq	16(%rsp), %r10
	xorl	%edi, %edi
	xorl	%r8d, %r8d
	.p2align 4,,10
	.p2align 3
.L9:
	movq	%rsi, %rcx
	cmpq	$1, %rsi
	jbe	.L6
	movq	%rsi, %rdx
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L7:
	movl	%eax, %ecx
	addl	$1, %eax
	shrq	%rdx
	jne	.L7
	addl	$2, %ecx
	movq	%r15, %rax
	sarl	%ecx
	salq	%cl, %rax
	.p2align 4,,10
	.p2align 3
.L8:
	movq	%rax, %rcx
	xorl	%edx, %edx
	movq	%rsi, %rax
	divq	%rcx
	addq	%rcx, %rax
	shrq	%rax
	cmpq	%rcx, %rax
	jb	.L8
.L6:
	addq	$1, %rdi
	addq	%rcx, %r8
	addq	%r10, %rsi
	cmpq	%r9, %rdi
	jne	.L9
.L5:
	movq	%r8, %rsi
	movq	%r14, %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	4(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 4(%rsp)
	testl	%eax, %eax
	jg	.L10
.L4:
	addq	$40, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 48
	popq	%rbp
	.cfi_def_cfa_offset 40
	popq	%r12
	.cfi_def_cfa_offset 32
	popq	%r13
	.cfi_def_cfa_offset 24
	popq	%r14
	.cfi_def_cfa_offset 16
	popq	%r15
	.cfi_def_cfa_offset 8
	ret
.L11:
	.cfi_restore_state
	xorl	%r8d, %r8d
	jmp	.L5
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
