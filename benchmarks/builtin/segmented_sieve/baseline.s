	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%llu %llu"
.LC2:
	.string	"0"
.LC4:
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
	movl	$2, %edx
	leaq	small_comp(%rip), %rcx
	leaq	primes(%rip), %rdi
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
	xorl	%ebx, %ebx
	subq	$72, %rsp
	.cfi_def_cfa_offset 128
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L2:
	addq	$1, %rdx
	cmpq	$1000011, %rdx
	je	.L42
.L5:
	cmpb	$0, (%rcx,%rdx)
	jne	.L2
	movq	%rdx, %rax
	movl	%edx, (%rdi,%rbx,4)
	leal	1(%rbx), %esi
	imulq	%rdx, %rax
	cmpq	$1000010, %rax
	ja	.L3
	.p2align 4,,10
	.p2align 3
.L4:
	movb	$1, (%rcx,%rax)
	addq	%rdx, %rax
	cmpq	$1000010, %rax
	jbe	.L4
.L3:
	addq	$1, %rdx
	movslq	%esi, %rbx
	cmpq	$1000011, %rdx
	jne	.L5
.L42:
	xorl	%eax, %eax
	leaq	44(%rsp), %rsi
	leaq	.LC0(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L7
	movl	44(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 44(%rsp)
	testl	%eax, %eax
	jle	.L7
	movslq	%ebx, %rax
	leaq	primes(%rip), %rdi
	movl	%ebx, 28(%rsp)
	leaq	block(%rip), %r12
	leaq	(%rdi,%rax,4), %r13
	leaq	56(%rsp), %rax
	movq	%rax, 8(%rsp)
	leaq	48(%rsp), %rax
	movq	%rax, %rbx
	jmp	.L23
.L11:
	leaq	.LC2(%rip), %rdi
	call	puts@PLT
	movl	44(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 44(%rsp)
	testl	%eax, %eax
	jle	.L7
.L23:
	movq	8(%rsp), %rdx
	xorl	%eax, %eax
	movq	%rbx, %rsi
	leaq	.LC1(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L7
	movq	48(%rsp), %r14
	testq	%r14, %r14
	jne	.L10
	movq	$1, 48(%rsp)
	movl	$1, %r14d
.L10:
	movq	56(%rsp), %rbp
	cmpq	%r14, %rbp
	jb	.L11
	movq	%rbp, %r15
	subq	%r14, %r15
	cmpq	$2000000, %r15
	ja	.L11
	leaq	1(%r15), %r10
	xorl	%esi, %esi
	movq	%r12, %rdi
	movq	%r10, %rdx
	movq	%r10, 16(%rsp)
	call	memset@PLT
	movl	28(%rsp), %eax
	movq	%r12, %rdi
	leaq	-1(%r14), %r11
	subq	%r14, %rdi
	movq	16(%rsp), %r10
	leaq	primes(%rip), %r8
	testl	%eax, %eax
	je	.L17
	.p2align 4,,10
	.p2align 3
.L14:
	movl	(%r8), %esi
	movq	%rsi, %r9
	imulq	%rsi, %r9
	cmpq	%r9, %rbp
	jb	.L17
	leaq	(%r11,%rsi), %rcx
	xorl	%edx, %edx
	movq	%rcx, %rax
	divq	%rsi
	movq	%r9, %rax
	subq	%rdx, %rcx
	cmpq	%r9, %rcx
	cmovnb	%rcx, %rax
	cmpq	%rax, %rbp
	jb	.L19
	.p2align 4,,10
	.p2align 3
.L18:
	movb	$1, (%rdi,%rax)
	addq	%rsi, %rax
	cmpq	%rax, %rbp
	jnb	.L18
.L19:
	addq	$4, %r8
	cmpq	%r8, %r13
	jne	.L14
.L17:
	cmpq	$1, %r14
	jne	.L16
	movb	$1, block(%rip)
.L16:
	cmpq	$14, %r15
	jbe	.L25
	pxor	%xmm1, %xmm1
	pxor	%xmm7, %xmm7
	pxor	%xmm6, %xmm6
	movq	%r10, %rdx
	andq	$-16, %rdx
	leaq	block(%rip), %rax
	pxor	%xmm5, %xmm5
	addq	%r12, %rdx
	.p2align 4,,10
	.p2align 3
.L21:
	movdqa	%xmm7, %xmm0
	addq	$16, %rax
	pcmpeqb	-16(%rax), %xmm0
	pand	.LC3(%rip), %xmm0
	movdqa	%xmm0, %xmm3
	punpckhbw	%xmm7, %xmm0
	punpcklbw	%xmm7, %xmm3
	movdqa	%xmm0, %xmm4
	punpckhwd	%xmm6, %xmm0
	movdqa	%xmm3, %xmm2
	punpckhwd	%xmm6, %xmm3
	punpcklwd	%xmm6, %xmm4
	punpcklwd	%xmm6, %xmm2
	movdqa	%xmm2, %xmm8
	punpckhdq	%xmm5, %xmm2
	punpckldq	%xmm5, %xmm8
	paddq	%xmm8, %xmm2
	movdqa	%xmm3, %xmm8
	punpckhdq	%xmm5, %xmm3
	punpckldq	%xmm5, %xmm8
	paddq	%xmm8, %xmm3
	paddq	%xmm3, %xmm2
	movdqa	%xmm4, %xmm3
	punpckhdq	%xmm5, %xmm4
	punpckldq	%xmm5, %xmm3
	paddq	%xmm3, %xmm4
	movdqa	%xmm0, %xmm3
	punpckhdq	%xmm5, %xmm0
	punpckldq	%xmm5, %xmm3
	paddq	%xmm0, %xmm1
	paddq	%xmm3, %xmm4
	paddq	%xmm4, %xmm2
	paddq	%xmm2, %xmm1
	cmpq	%rax, %rdx
	jne	.L21
	movdqa	%xmm1, %xmm0
	movq	%r10, %rax
	psrldq	$8, %xmm0
	andq	$-16, %rax
	paddq	%xmm0, %xmm1
	movq	%xmm1, %rsi
	testb	$15, %r10b
	je	.L22
.L20:
	cmpb	$1, (%r12,%rax)
	leaq	1(%rax), %rdx
	adcq	$0, %rsi
	cmpq	%r10, %rdx
	jnb	.L22
	cmpb	$1, 1(%r12,%rax)
	leaq	2(%rax), %rdx
	adcq	$0, %rsi
	cmpq	%r10, %rdx
	jnb	.L22
	cmpb	$1, 2(%r12,%rax)
	leaq	3(%rax), %rdx
	adcq	$0, %rsi
	cmpq	%r10, %rdx
	jnb	.L22
	cmpb	$1, 3(%r12,%rax)
	leaq	4(%rax), %rdx
	adcq	$0, %rsi
	cmpq	%r10, %rdx
	jnb	.L22
	cmpb	$1, 4(%r12,%rax)
	leaq	5(%rax), %rdx
	adcq	$0, %rsi
	cmpq	%r10, %rdx
	jnb	.L22
	cmpb	$1, 5(%r12,%rax)
	leaq	6(%rax), %rdx
	adcq	$0, %rsi
	cmpq	%r10, %rdx
	jnb	.L22
	cmpb	$1, 6(%r12,%rax)
	leaq	7(%rax), %rdx
	adcq	$0, %rsi
	cmpq	%r10, %rdx
	jnb	.L22
	cmpb	$1, 7(%r12,%rax)
	leaq	8(%rax), %rdx
	adcq	$0, %rsi
	cmpq	%r10, %rdx
	jnb	.L22
	cmpb	$1, 8(%r12,%rax)
	leaq	9(%rax), %rdx
	adcq	$0, %rsi
	cmpq	%r10, %rdx
	jnb	.L22
	cmpb	$1, 9(%r12,%rax)
	leaq	10(%rax), %rdx
	adcq	$0, %rsi
	cmpq	%r10, %rdx
	jnb	.L22
	cmpb	$1, 10(%r12,%rax)
	leaq	11(%rax), %rdx
	adcq	$0, %rsi
	cmpq	%r10, %rdx
	jnb	.L22
	cmpb	$1, 11(%r12,%rax)
	leaq	12(%rax), %rdx
	adcq	$0, %rsi
	cmpq	%r10, %rdx
	jnb	.L22
	cmpb	$1, 12(%r12,%rax)
	leaq	13(%rax), %rdx
	adcq	$0, %rsi
	cmpq	%r10, %rdx
	jnb	.L22
	cmpb	$1, 13(%r12,%rax)
	leaq	14(%rax), %rdx
	adcq	$0, %rsi
	cmpq	%r10, %rdx
	jnb	.L22
	cmpb	$1, 14(%r12,%rax)
	adcq	$0, %rsi
.L22:
	leaq	.LC4(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	44(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 44(%rsp)
	testl	%eax, %eax
	jg	.L23
.L7:
	addq	$72, %rsp
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
.L25:
	.cfi_restore_state
	xorl	%eax, %eax
	xorl	%esi, %esi
	jmp	.L20
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	block
	.comm	block,2000001,32
	.local	primes
	.comm	primes,320000,32
	.local	small_comp
	.comm	small_comp,1000011,32
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC3:
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
