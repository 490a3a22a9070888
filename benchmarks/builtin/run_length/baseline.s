	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%u %u %u %llu"
.LC2:
	.string	"%zu %zu %llu %.*s\n"
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
	leaq	40(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L40
	movl	40(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 40(%rsp)
	testl	%eax, %eax
	je	.L40
	leaq	56(%rsp), %rax
	leaq	44(%rsp), %rbp
	movabsq	$6364136223846793005, %r13
	movl	$3435973837, %ebx
	movq	%rax, 24(%rsp)
	leaq	48(%rsp), %rax
	leaq	52(%rsp), %r15
	movq	%rbp, %r14
	movq	%rax, 16(%rsp)
	leaq	s(%rip), %r12
	.p2align 4,,10
	.p2align 3
.L29:
	movq	24(%rsp), %r8
	movq	16(%rsp), %rdx
	xorl	%eax, %eax
	movq	%r15, %rcx
	movq	%r14, %rsi
	leaq	.LC1(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$4, %eax
	jne	.L40
	movl	44(%rsp), %edi
	xorl	%r11d, %r11d
	xorl	%r10d, %r10d
	movabsq	$1469598103934665603, %rcx
	testl	%edi, %edi
	je	.L7
	movq	56(%rsp), %rcx
	movl	52(%rsp), %ebp
	movl	%edi, %r9d
	xorl	%edx, %edx
	movabsq	$1442695040888963407, %r8
	movl	48(%rsp), %r11d
	jmp	.L10
	.p2align 4,,10
	.p2align 3
.L68:
	imulq	$274877907, %rax, %rsi
	movl	%eax, %r10d
	shrq	$38, %rsi
	imull	$1000, %esi, %esi
	subl	%esi, %r10d
	cmpl	%ebp, %r10d
	jnb	.L8
	leal	-1(%rdx), %eax
	movzbl	(%r12,%rax), %eax
	movb	%al, (%r12,%rdx)
	addq	$1, %rdx
	cmpq	%r9, %rdx
	je	.L67
.L10:
	imulq	%r13, %rcx
	addq	%r8, %rcx
	movq	%rcx, %rax
	shrq	$32, %rax
	testq	%rdx, %rdx
	jne	.L68
.L8:
	imulq	%r11, %rax
	shrq	$32, %rax
	addl	$97, %eax
	movb	%al, (%r12,%rdx)
	addq	$1, %rdx
	cmpq	%r9, %rdx
	jne	.L10
.L67:
	movq	%rcx, 56(%rsp)
	xorl	%edx, %edx
	xorl	%r11d, %r11d
	xorl	%r10d, %r10d
	movq	%r14, 8(%rsp)
	leaq	enc(%rip), %r9
	.p2align 4,,10
	.p2align 3
.L27:
	movl	%edx, %ecx
	leal	1(%rdx), %eax
	movzbl	(%r12,%rcx), %esi
	movl	%eax, %ecx
	addq	%r12, %rcx
	cmpl	%edi, %eax
	jb	.L13
	jmp	.L69
	.p2align 4,,10
	.p2align 3
.L15:
	addl	$1, %eax
	addq	$1, %rcx
	cmpl	%edi, %eax
	jnb	.L65
.L13:
	cmpb	%sil, (%rcx)
	je	.L15
.L65:
	movl	%eax, %r8d
	subl	%edx, %r8d
	movl	%r8d, %ecx
	movl	%r8d, %ebp
	imulq	%rbx, %rcx
	shrq	$35, %rcx
	leal	(%rcx,%rcx,4), %edx
	addl	%edx, %edx
	subl	%edx, %ebp
	addl	$48, %ebp
	movb	%bpl, 68(%rsp)
	cmpl	$9, %r8d
	jbe	.L70
	movl	%ecx, %edx
	imulq	%rbx, %rdx
	shrq	$35, %rdx
	leal	(%rdx,%rdx,4), %r14d
	addl	%r14d, %r14d
	subl	%r14d, %ecx
	addl	$48, %ecx
	movb	%cl, 69(%rsp)
	cmpl	$99, %r8d
	jbe	.L71
	movl	%edx, %ecx
	imulq	%rbx, %rcx
	shrq	$35, %rcx
	leal	(%rcx,%rcx,4), %ebp
	addl	%ebp, %ebp
	subl	%ebp, %edx
	addl	$48, %edx
	movb	%dl, 70(%rsp)
	cmpl	$999, %r8d
	jbe	.L72
	movl	%ecx, %ebp
	imulq	%rbx, %rbp
	shrq	$35, %rbp
	leal	0(%rbp,%rbp,4), %edx
	addl	%edx, %edx
	subl	%edx, %ecx
	leal	48(%rcx), %edx
	movb	%dl, 71(%rsp)
	cmpl	$9999, %r8d
	jbe	.L73
	movl	%ebp, %ecx
	imulq	%rbx, %rcx
	shrq	$35, %rcx
	leal	(%rcx,%rcx,4), %edx
	addl	%edx, %edx
	subl	%edx, %ebp
	leal	48(%rbp), %edx
	movb	%dl, 72(%rsp)
	cmpl	$99999, %r8d
	jbe	.L74
	movl	%ecx, %ebp
	imulq	%rbx, %rbp
	shrq	$35, %rbp
	leal	0(%rbp,%rbp,4), %edx
	addl	%edx, %edx
	subl	%edx, %ecx
	leal	48(%rcx), %edx
	movb	%dl, 73(%rsp)
	cmpl	$999999, %r8d
	jbe	.L75
	movl	%ebp, %ecx
	imulq	%rbx, %rcx
	shrq	$35, %rcx
	leal	(%rcx,%rcx,4), %edx
	addl	%edx, %edx
	subl	%edx, %ebp
	leal	48(%rbp), %edx
	movb	%dl, 74(%rsp)
	cmpl	$9999999, %r8d
	jbe	.L76
	movl	%ecx, %ebp
	imulq	%rbx, %rbp
	shrq	$35, %rbp
	leal	0(%rbp,%rbp,4), %edx
	addl	%edx, %edx
	subl	%edx, %ecx
	leal	48(%rcx), %edx
	movb	%dl, 75(%rsp)
	cmpl	$99999999, %r8d
	jbe	.L77
	movl	%ebp, %ecx
	imulq	%rbx, %rcx
	shrq	$35, %rcx
	leal	(%rcx,%rcx,4), %edx
	addl	%edx, %edx
	subl	%edx, %ebp
	leal	48(%rbp), %edx
	movb	%dl, 76(%rsp)
	cmpl	$999999999, %r8d
	jbe	.L78
	leal	48(%rcx), %edx
	leaq	1(%r10), %rbp
	movl	$10, %ecx
	movl	$9, %r8d
.L19:
	movb	%dl, (%r9,%r10)
	leal	-2(%rcx), %edx
	movslq	%edx, %rdx
	movzbl	68(%rsp,%rdx), %edx
	movb	%dl, (%r9,%rbp)
	leal	-3(%rcx), %edx
	movslq	%edx, %rbp
	movzbl	68(%rsp,%rbp), %ebp
	movb	%bpl, 2(%r9,%r10)
	testl	%edx, %edx
	je	.L26
	leal	-4(%rcx), %edx
	movslq	%edx, %rbp
	movzbl	68(%rsp,%rbp), %ebp
	movb	%bpl, 3(%r9,%r10)
	testl	%edx, %edx
	je	.L26
	leal	-5(%rcx), %edx
	movslq	%edx, %rbp
	movzbl	68(%rsp,%rbp), %ebp
	movb	%bpl, 4(%r9,%r10)
	testl	%edx, %edx
	je	.L26
	leal	-6(%rcx), %edx
	movslq	%edx, %rbp
	movzbl	68(%rsp,%rbp), %ebp
	movb	%bpl, 5(%r9,%r10)
	testl	%edx, %edx
	je	.L26
	leal	-7(%rcx), %edx
	movslq	%edx, %rbp
	movzbl	68(%rsp,%rbp), %ebp
	movb	%bpl, 6(%r9,%r10)
	testl	%edx, %edx
	je	.L26
	leal	-8(%rcx), %edx
	movslq	%edx, %rbp
	movzbl	68(%rsp,%rbp), %ebp
	movb	%bpl, 7(%r9,%r10)
	testl	%edx, %edx
	je	.L26
	subl	$9, %ecx
	movslq	%ecx, %rdx
	movzbl	68(%rsp,%rdx), %edx
	movb	%dl, 8(%r9,%r10)
	je	.L26
	movzbl	68(%rsp), %edx
	movb	%dl, 9(%r9,%r10)
.L26:
	movl	%eax, %edx
.L12:
	movslq	%r8d, %rcx
	addq	$1, %r11
	addq	%r10, %rcx
	movb	%sil, 1(%r9,%rcx)
	leaq	2(%rcx), %r10
	cmpl	%edi, %eax
	jb	.L27
	movq	8(%rsp), %r14
	testq	%r10, %r10
	je	.L31
	leaq	enc(%rip), %rax
	addq	%r10, %r9
	movabsq	$1469598103934665603, %rcx
	movabsq	$1099511628211, %rsi
	.p2align 4,,10
	.p2align 3
.L28:
	movzbl	(%rax), %edx
	addq	$1, %rax
	xorq	%rdx, %rcx
	imulq	%rsi, %rcx
	cmpq	%r9, %rax
	jne	.L28
.L7:
	movl	$40, %r8d
	movq	%r10, %rdx
	leaq	enc(%rip), %r9
	movq	%r11, %rsi
	cmpq	%r8, %r10
	leaq	.LC2(%rip), %rdi
	cmovbe	%r10, %r8
	xorl	%eax, %eax
	call	printf@PLT
	movl	40(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 40(%rsp)
	testl	%eax, %eax
	jne	.L29
.L40:
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
.L71:
	.cfi_restore_state
	movb	%cl, (%r9,%r10)
	movl	$1, %r8d
	movl	%eax, %edx
	movb	%bpl, 1(%r9,%r10)
	jmp	.L12
.L72:
	leaq	1(%r10), %rbp
	movl	$3, %ecx
	movl	$2, %r8d
	jmp	.L19
.L73:
	leaq	1(%r10), %rbp
	movl	$4, %ecx
	movl	$3, %r8d
	jmp	.L19
.L74:
	leaq	1(%r10), %rbp
	movl	$4, %r8d
	movl	$5, %ecx
	jmp	.L19
.L75:
	leaq	1(%r10), %rbp
	movl	$6, %ecx
	movl	$5, %r8d
	jmp	.L19
.L69:
	movb	$49, (%r9,%r10)
	movl	%eax, %edx
	xorl	%r8d, %r8d
	jmp	.L12
.L76:
	leaq	1(%r10), %rbp
	movl	$7, %ecx
	movl	$6, %r8d
	jmp	.L19
.L70:
	movb	%bpl, (%r9,%r10)
	movl	%eax, %edx
	xorl	%r8d, %r8d
	jmp	.L12
.L77:
	leaq	1(%r10), %rbp
	movl	$8, %ecx
	movl	$7, %r8d
	jmp	.L19
.L78:
	leaq	1(%r10), %rbp
	movl	$9, %ecx
	movl	$8, %r8d
	jmp	.L19
.L31:
	movabsq	$1469598103934665603, %rcx
	jmp	.L7
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	enc
	.comm	enc,16777232,32
	.local	s
	.comm	s,8388608,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
