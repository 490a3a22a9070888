	.file	"prog.c"
	.text
	.p2align 4
	.type	hanoi, @function
hanoi:
.LFB12:
	.cfi_startproc
	testl	%edi, %edi
	je	.L11
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	movslq	%edx, %r8
	leaq	height(%rip), %r15
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	leaq	peg(%rip), %r14
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	leaq	(%r8,%r8,4), %r13
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	salq	$3, %r13
	movq	%r8, %r12
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	movl	%ecx, %ebp
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	movl	%esi, %ebx
	subq	$24, %rsp
	.cfi_def_cfa_offset 80
	jmp	.L2
	.p2align 4,,10
	.p2align 3
.L15:
	movl	%eax, %ebx
.L2:
	subl	$1, %edi
	movl	%ebp, %edx
	movl	%r12d, %ecx
	movl	%ebx, %esi
	movq	%r8, 8(%rsp)
	movl	%edi, 4(%rsp)
	call	hanoi
	movslq	%ebx, %rdx
	movq	8(%rsp), %r8
	movl	4(%rsp), %edi
	movl	(%r15,%rdx,4), %eax
	subl	$1, %eax
	movl	%eax, (%r15,%rdx,4)
	leaq	(%rdx,%rdx,4), %rdx
	cltq
	leaq	(%rax,%rdx,8), %rax
	movl	(%r14,%rax,4), %edx
	movslq	(%r15,%r8,4), %rax
	testl	%eax, %eax
	jle	.L3
	leal	-1(%rax), %ecx
	movslq	%ecx, %rcx
	addq	%r13, %rcx
	cmpl	(%r14,%rcx,4), %edx
	jle	.L3
	addq	$1, violations(%rip)
.L3:
	leal	1(%rax), %ecx
	addq	%r13, %rax
	addq	$1, moves(%rip)
	movl	%edx, (%r14,%rax,4)
	leal	(%rdx,%rdx,2), %edx
	leal	(%rbx,%rbx,2), %eax
	leal	(%rax,%rdx,2), %eax
	movl	%ecx, (%r15,%r8,4)
	imulq	$1000003, hash(%rip), %rdx
	addl	%r12d, %eax
	cltq
	addq	%rdx, %rax
	movq	%rax, hash(%rip)
	movl	%ebp, %eax
	movl	%ebx, %ebp
	testl	%edi, %edi
	jne	.L15
	addq	$24, %rsp
	.cfi_def_cfa_offset 56
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
.L11:
	.cfi_restore 3
	.cfi_restore 6
	.cfi_restore 12
	.cfi_restore 13
	.cfi_restore 14
	.cfi_restore 15
	ret
	.cfi_endproc
.LFE12:
	.size	hanoi, .-hanoi
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%d %d %d"
.LC11:
	.string	"%llu %llu %ld %d %d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB13:
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
	leaq	16(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L18
	movl	16(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 16(%rsp)
	testl	%eax, %eax
	je	.L18
	leaq	20(%rsp), %rax
	leaq	28(%rsp), %rbp
	movq	%rax, 8(%rsp)
	leaq	24(%rsp), %rbx
	jmp	.L29
	.p2align 4,,10
	.p2align 3
.L69:
	leaq	(%rax,%rax,4), %r8
	movd	%edi, %xmm3
	movdqa	.LC3(%rip), %xmm1
	movslq	%r11d, %rax
	pshufd	$0, %xmm3, %xmm0
	movdqa	.LC2(%rip), %xmm2
	movl	%edi, %ecx
	leaq	(%rax,%r8,8), %rax
	leaq	peg(%rip), %r13
	paddd	%xmm0, %xmm1
	shrl	$2, %ecx
	leaq	-160(%r13,%rax,4), %rax
	paddd	%xmm0, %xmm2
	movups	%xmm1, (%rax)
	cmpl	$1, %ecx
	je	.L25
	movdqa	.LC4(%rip), %xmm1
	movups	%xmm2, 16(%rax)
	paddd	%xmm0, %xmm1
	cmpl	$2, %ecx
	je	.L25
	movdqa	.LC5(%rip), %xmm2
	movups	%xmm1, 32(%rax)
	paddd	%xmm0, %xmm2
	cmpl	$3, %ecx
	je	.L25
	movdqa	.LC6(%rip), %xmm1
	movups	%xmm2, 48(%rax)
	paddd	%xmm0, %xmm1
	cmpl	$4, %ecx
	je	.L25
	movdqa	.LC7(%rip), %xmm2
	movups	%xmm1, 64(%rax)
	paddd	%xmm0, %xmm2
	cmpl	$5, %ecx
	je	.L25
	movdqa	.LC8(%rip), %xmm1
	movups	%xmm2, 80(%rax)
	paddd	%xmm0, %xmm1
	cmpl	$6, %ecx
	je	.L25
	movdqa	.LC9(%rip), %xmm2
	movups	%xmm1, 96(%rax)
	paddd	%xmm0, %xmm2
	cmpl	$7, %ecx
	je	.L25
	paddd	.LC10(%rip), %xmm0
	movups	%xmm2, 112(%rax)
	cmpl	$9, %ecx
	jne	.L25
	movups	%xmm0, 128(%rax)
.L25:
	movl	%edi, %eax
	andl	$-4, %eax
	testb	$3, %dil
	je	.L26
	movl	%edi, %ecx
	subl	%eax, %ecx
	addl	%r11d, %eax
.L24:
	leaq	(%r10,%r10,4), %r8
	movslq	%eax, %r15
	leal	1(%rax), %r14d
	salq	$3, %r8
	addq	%r8, %r15
	movl	%ecx, 0(%r13,%r15,4)
	movl	%ecx, %r15d
	subl	$1, %r15d
	je	.L26
	movslq	%r14d, %r14
	addl	$2, %eax
	addq	%r8, %r14
	movl	%r15d, 0(%r13,%r14,4)
	subl	$2, %ecx
	je	.L26
	cltq
	addq	%rax, %r8
	movl	%ecx, 0(%r13,%r8,4)
.L26:
	leal	1(%r11,%r12), %eax
	movl	%eax, (%r9,%r10,4)
.L23:
	movq	$0, hash(%rip)
	movl	$3, %ecx
	movq	$0, moves(%rip)
	subl	%esi, %ecx
	movq	$0, violations(%rip)
	subl	%edx, %ecx
	call	hanoi
	movslq	28(%rsp), %rax
	movl	(%r9,%rax,4), %r8d
	xorl	%r9d, %r9d
	testl	%r8d, %r8d
	jle	.L68
	leal	-1(%r8), %edx
	leaq	(%rax,%rax,4), %rax
	movslq	%edx, %rdx
	leaq	peg(%rip), %r13
	leaq	(%rdx,%rax,8), %rax
	movl	0(%r13,%rax,4), %r9d
.L68:
	movq	hash(%rip), %rdx
	movq	violations(%rip), %rcx
	leaq	.LC11(%rip), %rdi
	xorl	%eax, %eax
	movq	moves(%rip), %rsi
	call	printf@PLT
	movl	16(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 16(%rsp)
	testl	%eax, %eax
	je	.L18
.L29:
	movq	8(%rsp), %rsi
	xorl	%eax, %eax
	movq	%rbp, %rcx
	movq	%rbx, %rdx
	leaq	.LC1(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$3, %eax
	jne	.L18
	movl	20(%rsp), %edi
	cmpl	$39, %edi
	ja	.L18
	movslq	24(%rsp), %rax
	leal	-1(%rax), %esi
	cmpl	$2, %esi
	ja	.L18
	movl	28(%rsp), %ecx
	leal	-1(%rcx), %edx
	cmpl	$2, %edx
	ja	.L18
	cmpl	%ecx, %eax
	je	.L18
	movl	%esi, 24(%rsp)
	leaq	height(%rip), %r9
	movl	%edx, 28(%rsp)
	movl	$0, 8+height(%rip)
	movq	$0, height(%rip)
	testl	%edi, %edi
	je	.L23
	movslq	%esi, %r10
	leal	-1(%rdi), %r12d
	movl	(%r9,%r10,4), %r11d
	cmpl	$2, %r12d
	jg	.L69
	movl	%r11d, %eax
	movl	%edi, %ecx
	leaq	peg(%rip), %r13
	jmp	.L24
	.p2align 4,,10
	.p2align 3
.L18:
	addq	$40, %rsp
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
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.local	violations
	.comm	violations,8,8
	.local	hash
	.comm	hash,8,8
	.local	moves
	.comm	moves,8,8
	.local	height
	.comm	height,12,8
	.local	peg
	.comm	peg,480,32
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC2:
	.long	-4
	.long	-5
	.long	-6
	.long	-7
	.align 16
.LC3:
	.long	0
	.long	-1
	.long	-2
	.long	-3
	.align 16
.LC4:
	.long	-8
	.long	-9
	.long	-10
	.long	-11
	.align 16
.LC5:
	.long	-12
	.long	-13
	.long	-14
	.long	-15
	.align 16
.LC6:
	.long	-16
	.long	-17
	.long	-18
	.long	-19
	.align 16
.LC7:
	.long	-20
	.long	-21
	.long	-22
	.long	-23
	.align 16
.LC8:
	.long	-24
	.long	-25
	.long	-26
	.long	-27
	.align 16
.LC9:
	.long	-28
	.long	-29
	.long	-30
	.long	-31
	.align 16
.LC10:
	.long	-32
	.long	-33
	.long	-34
	.long	-35
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
