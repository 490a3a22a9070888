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
	subq	$56, %rsp
	.cfi_def_cfa_offset 112
	leaq	40(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L3
	movl	40(%rsp), %eax
	leaq	44(%rsp), %rbp
	leaq	p(%rip), %r15
	leal	-1(%rax), %edx
	movl	%edx, 40(%rsp)
	testl	%eax, %eax
	je	.L3
.L13:
	xorl	%eax, %eax
	movq	%rbp, %rsi
	leaq	.LC0(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L3
	movl	44(%rsp), %eax
	subl	$1, %eax
	cmpl	$399, %eax
	ja	.L3
	leaq	p(%rip), %rbx
	xorl	%r13d, %r13d
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L29:
	movl	44(%rsp), %r12d
	addl	$1, %r13d
	addq	$8, %rbx
	cmpl	%r13d, %r12d
	jl	.L28
.L5:
	xorl	%eax, %eax
	movq	%rbx, %rsi
	leaq	.LC1(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	je	.L29
.L3:
	addq	$56, %rsp
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
.L28:
	.cfi_restore_state
	testl	%r12d, %r12d
	jle	.L6
	movslq	%r12d, %rdx
	leaq	cost(%rip), %rax
	imulq	$3208, %rdx, %rdx
	addq	%rax, %rdx
	.p2align 4,,10
	.p2align 3
.L7:
	movq	$0, (%rax)
	addq	$3208, %rax
	cmpq	%rdx, %rax
	jne	.L7
	cmpl	$1, %r12d
	je	.L6
	leal	1(%r12), %edx
	movq	%rbp, 24(%rsp)
	leaq	16+p(%rip), %r14
	movl	$2, %r13d
	movl	%edx, 20(%rsp)
	leaq	8+cost(%rip), %rax
	leaq	-8(%r14), %r10
	.p2align 4,,10
	.p2align 3
.L12:
	movq	%rax, 8(%rsp)
	leal	-1(%r13), %edi
	movq	%rax, %rbp
	xorl	%r11d, %r11d
	leaq	cost(%rip), %r9
	xorl	%ebx, %ebx
	.p2align 4,,10
	.p2align 3
.L11:
	cmpl	%edi, %ebx
	jge	.L15
	movq	(%r15,%r11,8), %r8
	imulq	(%r14,%r11,8), %r8
	movq	%rbp, %rsi
	movq	%r11, %rdx
	movq	$-1, %rcx
	.p2align 4,,10
	.p2align 3
.L10:
	movq	(%r10,%rdx,8), %rax
	imulq	%r8, %rax
	addq	3200(%rsi), %rax
	addq	(%r9,%rdx,8), %rax
	cmpq	%rax, %rcx
	cmova	%rax, %rcx
	addq	$1, %rdx
	addq	$3200, %rsi
	cmpl	%edx, %edi
	jg	.L10
.L9:
	addl	$1, %ebx
	movq	%rcx, 0(%rbp)
	addq	$1, %r11
	addl	$1, %edi
	leal	(%rbx,%r13), %eax
	addq	$3208, %rbp
	addq	$3200, %r9
	cmpl	%eax, %r12d
	jge	.L11
	movq	8(%rsp), %rax
	movl	20(%rsp), %ebx
	addl	$1, %r13d
	addq	$8, %r14
	addq	$8, %rax
	cmpl	%ebx, %r13d
	jne	.L12
	movq	24(%rsp), %rbp
.L6:
	leal	-1(%r12), %eax
	leaq	cost(%rip), %rbx
	cltq
	leaq	.LC2(%rip), %rdi
	movq	(%rbx,%rax,8), %rsi
	xorl	%eax, %eax
	call	printf@PLT
	movl	40(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 40(%rsp)
	testl	%eax, %eax
	jne	.L13
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L15:
	movq	$-1, %rcx
	jmp	.L9
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	p
	.comm	p,3208,32
	.local	cost
	.comm	cost,1280000,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
