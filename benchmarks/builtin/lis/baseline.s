	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%lld %llu %llu %llu %llu"
.LC2:
	.string	"%d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB11:
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
	subq	$88, %rsp
	.cfi_def_cfa_offset 144
	leaq	36(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L3
	movl	36(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 36(%rsp)
	testl	%eax, %eax
	je	.L3
	leaq	72(%rsp), %rax
	leaq	40(%rsp), %rbx
	movq	%rax, (%rsp)
	leaq	64(%rsp), %rax
	leaq	tails(%rip), %rbp
	movq	%rax, 24(%rsp)
	leaq	56(%rsp), %rax
	movq	%rax, 16(%rsp)
	leaq	48(%rsp), %rax
	movq	%rax, 8(%rsp)
	.p2align 4,,10
	.p2align 3
.L12:
	movq	(%rsp), %r9
	movq	24(%rsp), %r8
	xorl	%eax, %eax
	movq	%rbx, %rsi
	movq	16(%rsp), %rcx
	movq	8(%rsp), %rdx
	leaq	.LC1(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$5, %eax
	jne	.L3
	movq	40(%rsp), %r15
	cmpq	$5000000, %r15
	ja	.L3
	movq	64(%rsp), %r11
	testq	%r11, %r11
	je	.L3
	testq	%r15, %r15
	je	.L14
	movq	72(%rsp), %r14
	movq	48(%rsp), %r13
	xorl	%r10d, %r10d
	xorl	%r9d, %r9d
	movq	56(%rsp), %r12
	jmp	.L11
	.p2align 4,,10
	.p2align 3
.L6:
	movslq	%r9d, %rax
	addq	$1, %r10
	addl	$1, %r9d
	movq	%rdi, 0(%rbp,%rax,8)
	cmpq	%r10, %r15
	je	.L28
.L11:
	movq	%r13, %rax
	xorl	%edx, %edx
	movq	%r14, %rdi
	imulq	%r14, %rax
	addq	%r12, %rax
	divq	%r11
	movq	%rdx, %r14
	testl	%r9d, %r9d
	je	.L6
	leal	-1(%r9), %ecx
	movslq	%ecx, %rax
	cmpq	%rdi, 0(%rbp,%rax,8)
	jb	.L6
	xorl	%esi, %esi
	jmp	.L9
	.p2align 4,,10
	.p2align 3
.L10:
	leal	(%rsi,%rcx), %eax
	sarl	%eax
	movslq	%eax, %r8
	cmpq	%rdi, 0(%rbp,%r8,8)
	jb	.L29
	movl	%eax, %ecx
.L9:
	cmpl	%ecx, %esi
	jl	.L10
	movslq	%esi, %rsi
	addq	$1, %r10
	movq	%rdi, 0(%rbp,%rsi,8)
	cmpq	%r10, %r15
	jne	.L11
.L28:
	movq	%rdx, 72(%rsp)
.L5:
	movl	%r9d, %esi
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	36(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 36(%rsp)
	testl	%eax, %eax
	jne	.L12
.L3:
	addq	$88, %rsp
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
	.p2align 4,,10
	.p2align 3
.L29:
	.cfi_restore_state
	leal	1(%rax), %esi
	jmp	.L9
.L14:
	xorl	%r9d, %r9d
	jmp	.L5
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	tails
	.comm	tails,40000000,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
