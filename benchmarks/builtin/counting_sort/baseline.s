	.file	"prog.c"
	.text
	.p2align 4
	.type	read_uint, @function
read_uint:
.LFB11:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	movq	%rdi, %rbx
	subq	$8, %rsp
	.cfi_def_cfa_offset 32
	movq	stdin(%rip), %rdi
	call	getc@PLT
	cmpl	$32, %eax
	ja	.L10
	movabsq	$-4294976513, %rbp
	.p2align 4,,10
	.p2align 3
.L12:
	btq	%rax, %rbp
	jc	.L7
	movq	stdin(%rip), %rdi
	call	getc@PLT
	movl	%eax, %edx
	cmpl	$32, %eax
	jbe	.L12
.L2:
	leal	-48(%rdx), %eax
	cmpl	$9, %eax
	ja	.L7
	xorl	%ebp, %ebp
	.p2align 4,,10
	.p2align 3
.L5:
	movq	stdin(%rip), %rdi
	leal	0(%rbp,%rbp,4), %edx
	leal	(%rax,%rdx,2), %ebp
	call	getc@PLT
	subl	$48, %eax
	cmpl	$9, %eax
	jbe	.L5
	movl	%ebp, (%rbx)
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
	.p2align 4,,10
	.p2align 3
.L10:
	.cfi_restore_state
	movl	%eax, %edx
	jmp	.L2
.L7:
	xorl	%eax, %eax
	jmp	.L1
	.cfi_endproc
.LFE11:
	.size	read_uint, .-read_uint
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC4:
	.string	"%llu %u %u %u\n"
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
	leaq	12(%rsp), %rdi
	call	read_uint
	testl	%eax, %eax
	jne	.L60
.L38:
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
.L60:
	.cfi_restore_state
	leaq	16(%rsp), %rdi
	call	read_uint
	testl	%eax, %eax
	je	.L38
	movl	12(%rsp), %ebp
	leal	-1(%rbp), %eax
	cmpl	$399999, %eax
	ja	.L38
	movl	%ebp, %r13d
	leaq	a(%rip), %rbx
	leaq	20(%rsp), %r14
	addq	%r13, %r13
	movq	%rbx, %r12
	addq	%rbx, %r13
.L17:
	movq	%r14, %rdi
	call	read_uint
	testl	%eax, %eax
	je	.L38
	movl	20(%rsp), %eax
	addq	$2, %r12
	movw	%ax, -2(%r12)
	cmpq	%r12, %r13
	jne	.L17
	movl	16(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 16(%rsp)
	testl	%eax, %eax
	je	.L38
	leaq	24(%rsp), %r15
	leaq	cnt(%rip), %r12
.L28:
	movq	%r15, %rdi
	call	read_uint
	testl	%eax, %eax
	je	.L38
	leaq	28(%rsp), %rdi
	call	read_uint
	testl	%eax, %eax
	je	.L38
	movl	28(%rsp), %r14d
	movl	24(%rsp), %r13d
	cmpl	%ebp, %r14d
	jnb	.L38
	cmpl	%r13d, %r14d
	jb	.L38
	movl	$262144, %edx
	xorl	%esi, %esi
	movq	%r12, %rdi
	call	memset@PLT
.L18:
	movl	%r13d, %eax
	addl	$1, %r13d
	movzwl	(%rbx,%rax,2), %eax
	addl	$1, (%r12,%rax,4)
	cmpl	%r13d, %r14d
	jnb	.L18
	xorl	%r8d, %r8d
	xorl	%r10d, %r10d
	xorl	%r9d, %r9d
	xorl	%eax, %eax
	leaq	sorted(%rip), %rdi
	.p2align 4,,10
	.p2align 3
.L22:
	movl	(%r12,%r8,4), %ecx
	testl	%ecx, %ecx
	je	.L19
	movl	%r10d, %edx
	addl	$1, %r9d
	movl	%r8d, %esi
	cmpl	%ecx, (%r12,%rdx,4)
	cmovb	%r8d, %r10d
	addl	%eax, %ecx
	.p2align 4,,10
	.p2align 3
.L21:
	movl	%eax, %edx
	addl	$1, %eax
	movw	%si, (%rdi,%rdx,2)
	cmpl	%ecx, %eax
	jne	.L21
.L19:
	addq	$1, %r8
	cmpq	$65536, %r8
	jne	.L22
	testl	%eax, %eax
	je	.L29
	leal	-1(%rax), %r8d
	cmpl	$11, %r8d
	jbe	.L30
	movl	%eax, %ecx
	movdqa	.LC0(%rip), %xmm6
	pxor	%xmm4, %xmm4
	pxor	%xmm7, %xmm7
	shrl	$3, %ecx
	leaq	sorted(%rip), %rdx
	salq	$4, %rcx
	addq	%rdi, %rcx
.L25:
	movdqa	(%rdx), %xmm1
	movdqa	.LC2(%rip), %xmm2
	movdqa	%xmm6, %xmm0
	addq	$16, %rdx
	paddd	.LC1(%rip), %xmm6
	movdqa	%xmm1, %xmm5
	paddd	%xmm0, %xmm2
	paddd	.LC3(%rip), %xmm0
	punpcklwd	%xmm7, %xmm5
	movdqa	%xmm2, %xmm3
	punpckhwd	%xmm7, %xmm1
	movdqa	%xmm5, %xmm8
	punpckldq	%xmm2, %xmm3
	punpckhdq	%xmm2, %xmm2
	punpckldq	%xmm5, %xmm8
	punpckhdq	%xmm5, %xmm5
	pmuludq	%xmm8, %xmm3
	pmuludq	%xmm5, %xmm2
	movdqa	%xmm1, %xmm5
	punpckldq	%xmm1, %xmm5
	punpckhdq	%xmm1, %xmm1
	paddq	%xmm3, %xmm2
	movdqa	%xmm0, %xmm3
	punpckldq	%xmm0, %xmm3
	punpckhdq	%xmm0, %xmm0
	pmuludq	%xmm5, %xmm3
	pmuludq	%xmm1, %xmm0
	paddq	%xmm3, %xmm0
	paddq	%xmm2, %xmm0
	paddq	%xmm0, %xmm4
	cmpq	%rdx, %rcx
	jne	.L25
	movdqa	%xmm4, %xmm0
	movl	%eax, %edx
	psrldq	$8, %xmm0
	andl	$-8, %edx
	paddq	%xmm0, %xmm4
	movq	%xmm4, %rsi
	testb	$7, %al
	je	.L23
.L24:
	movl	%edx, %ecx
	leal	1(%rdx), %r11d
	movzwl	(%rdi,%rcx,2), %ecx
	imulq	%r11, %rcx
	addq	%rcx, %rsi
	cmpl	%eax, %r11d
	jnb	.L23
	movzwl	(%rdi,%r11,2), %ecx
	leal	2(%rdx), %r13d
	movl	%r13d, %r11d
	imulq	%r11, %rcx
	addq	%rcx, %rsi
	cmpl	%eax, %r13d
	jnb	.L23
	movzwl	(%rdi,%r11,2), %ecx
	leal	3(%rdx), %r13d
	movl	%r13d, %r11d
	imulq	%r11, %rcx
	addq	%rcx, %rsi
	cmpl	%eax, %r13d
	jnb	.L23
	movzwl	(%rdi,%r11,2), %ecx
	leal	4(%rdx), %r13d
	movl	%r13d, %r11d
	imulq	%r11, %rcx
	addq	%rcx, %rsi
	cmpl	%eax, %r13d
	jnb	.L23
	movzwl	(%rdi,%r11,2), %ecx
	leal	5(%rdx), %r13d
	movl	%r13d, %r11d
	imulq	%r11, %rcx
	addq	%rcx, %rsi
	cmpl	%eax, %r13d
	jnb	.L23
	movzwl	(%rdi,%r11,2), %ecx
	leal	6(%rdx), %r13d
	movl	%r13d, %r11d
	imulq	%r11, %rcx
	addq	%rcx, %rsi
	cmpl	%eax, %r13d
	jnb	.L23
	movzwl	(%rdi,%r11,2), %ecx
	leal	7(%rdx), %r13d
	movl	%r13d, %r11d
	imulq	%r11, %rcx
	addq	%rcx, %rsi
	cmpl	%eax, %r13d
	jnb	.L23
	movzwl	(%rdi,%r11,2), %ecx
	leal	8(%rdx), %r13d
	movl	%r13d, %r11d
	imulq	%r11, %rcx
	addq	%rcx, %rsi
	cmpl	%eax, %r13d
	jnb	.L23
	movzwl	(%rdi,%r11,2), %ecx
	leal	9(%rdx), %r13d
	movl	%r13d, %r11d
	imulq	%r11, %rcx
	addq	%rcx, %rsi
	cmpl	%eax, %r13d
	jnb	.L23
	movzwl	(%rdi,%r11,2), %ecx
	leal	10(%rdx), %r13d
	movl	%r13d, %r11d
	imulq	%r11, %rcx
	addq	%rcx, %rsi
	cmpl	%eax, %r13d
	jnb	.L23
	movzwl	(%rdi,%r11,2), %ecx
	leal	11(%rdx), %r13d
	movl	%r13d, %r11d
	imulq	%r11, %rcx
	addq	%rcx, %rsi
	cmpl	%eax, %r13d
	jnb	.L23
	movzwl	(%rdi,%r11,2), %ecx
	leal	12(%rdx), %eax
	imulq	%rcx, %rax
	addq	%rax, %rsi
.L23:
	movl	%r8d, %eax
	movl	%r9d, %edx
	movl	%r10d, %ecx
	shrl	%eax
	movzwl	(%rdi,%rax,2), %r8d
	leaq	.LC4(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	16(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 16(%rsp)
	testl	%eax, %eax
	jne	.L28
	jmp	.L38
.L30:
	xorl	%edx, %edx
	xorl	%esi, %esi
	jmp	.L24
.L29:
	xorl	%esi, %esi
	orl	$-1, %r8d
	jmp	.L23
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.local	cnt
	.comm	cnt,262144,32
	.local	sorted
	.comm	sorted,800000,32
	.local	a
	.comm	a,800000,32
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC0:
	.long	0
	.long	1
	.long	2
	.long	3
	.align 16
.LC1:
	.long	8
	.long	8
	.long	8
	.long	8
	.align 16
.LC2:
	.long	1
	.long	1
	.long	1
	.long	1
	.align 16
.LC3:
	.long	5
	.long	5
	.long	5
	.long	5
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
