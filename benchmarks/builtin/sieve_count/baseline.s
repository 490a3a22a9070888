	.file	"prog.c"
	.text
	.p2align 4
	.type	cmp_idx, @function
cmp_idx:
.LFB22:
	.cfi_startproc
	movl	(%rdi), %edx
	leaq	qn(%rip), %rax
	movl	(%rax,%rdx,4), %ecx
	movl	(%rsi), %edx
	movl	(%rax,%rdx,4), %edx
	xorl	%eax, %eax
	cmpl	%ecx, %edx
	setb	%al
	cmpl	%edx, %ecx
	sbbl	$0, %eax
	ret
	.cfi_endproc
.LFE22:
	.size	cmp_idx, .-cmp_idx
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%u"
.LC5:
	.string	"%u\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB23:
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
	subq	$24, %rsp
	.cfi_def_cfa_offset 80
	leaq	12(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L31
	movl	12(%rsp), %ecx
	cmpl	$100000, %ecx
	jbe	.L42
.L31:
	addq	$24, %rsp
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
.L42:
	.cfi_restore_state
	testl	%ecx, %ecx
	je	.L6
	leaq	qn(%rip), %rbp
	xorl	%ebx, %ebx
	movl	$1, %r12d
	leaq	.LC1(%rip), %r14
	leaq	order(%rip), %r13
	.p2align 4,,10
	.p2align 3
.L11:
	xorl	%eax, %eax
	movq	%rbp, %rsi
	movq	%r14, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L31
	movl	0(%rbp), %eax
	cmpl	$40000000, %eax
	jbe	.L7
	movl	$40000000, %eax
	movl	12(%rsp), %ecx
	movl	%ebx, 0(%r13,%rbx,4)
	movq	%r13, %r15
	cmpl	%eax, %r12d
	movl	$40000000, 0(%rbp)
	cmovb	%eax, %r12d
	addq	$1, %rbx
	addq	$4, %rbp
	cmpl	%ebx, %ecx
	jg	.L11
	movzwl	.LC2(%rip), %eax
	movl	%r12d, %esi
	movw	%ax, composite(%rip)
	jmp	.L26
	.p2align 4,,10
	.p2align 3
.L7:
	cmpl	%eax, %r12d
	movl	12(%rsp), %ecx
	movl	%ebx, 0(%r13,%rbx,4)
	movq	%r13, %r15
	cmovb	%eax, %r12d
	addq	$1, %rbx
	addq	$4, %rbp
	cmpl	%ebx, %ecx
	jg	.L11
	movzwl	.LC2(%rip), %eax
	movl	%r12d, %esi
	movw	%ax, composite(%rip)
	cmpl	$3, %r12d
	jbe	.L12
.L26:
	movl	$2, %edx
	movl	$4, %eax
	leaq	composite(%rip), %rdi
	jmp	.L14
	.p2align 4,,10
	.p2align 3
.L15:
	addq	$1, %rdx
	movq	%rdx, %rax
	imulq	%rdx, %rax
	cmpq	%rax, %rsi
	jb	.L12
.L14:
	cmpb	$0, (%rdi,%rdx)
	jne	.L15
	cmpq	%rax, %rsi
	jb	.L15
	.p2align 4,,10
	.p2align 3
.L16:
	movb	$1, (%rdi,%rax)
	addq	%rdx, %rax
	cmpq	%rax, %rsi
	jnb	.L16
	jmp	.L15
.L6:
	movzwl	.LC2(%rip), %eax
	leaq	order(%rip), %r15
	movw	%ax, composite(%rip)
.L12:
	movslq	%ecx, %rsi
	movl	$4, %edx
	movq	%r15, %rdi
	leaq	cmp_idx(%rip), %rcx
	call	qsort@PLT
	movslq	12(%rsp), %rax
	testl	%eax, %eax
	jle	.L31
	leaq	order(%rip), %r9
	leaq	(%r15,%rax,4), %r12
	xorl	%r14d, %r14d
	xorl	%edx, %edx
	movdqa	.LC3(%rip), %xmm5
	pxor	%xmm6, %xmm6
	pxor	%xmm4, %xmm4
	movq	.LC4(%rip), %xmm7
	leaq	qn(%rip), %rbp
	leaq	answer(%rip), %rbx
	pxor	%xmm3, %xmm3
	leaq	composite(%rip), %r11
	pxor	%xmm2, %xmm2
	.p2align 4,,10
	.p2align 3
.L24:
	movl	(%r9), %edi
	movl	0(%rbp,%rdi,4), %ecx
	cmpl	%ecx, %r14d
	jnb	.L17
	movl	%ecx, %r13d
	subl	%r14d, %r13d
	leal	-1(%r13), %eax
	cmpl	$14, %eax
	jbe	.L27
	movl	%r13d, %r8d
	leal	1(%r14), %eax
	pxor	%xmm9, %xmm9
	movq	%r11, %rsi
	shrl	$4, %r8d
	addq	%r11, %rax
	salq	$4, %r8
	addq	%rax, %r8
	.p2align 4,,10
	.p2align 3
.L19:
	movdqu	(%rax), %xmm0
	addq	$16, %rax
	pcmpeqb	%xmm3, %xmm0
	pand	%xmm5, %xmm0
	movdqa	%xmm0, %xmm1
	punpckhbw	%xmm3, %xmm0
	movdqa	%xmm0, %xmm8
	punpcklbw	%xmm3, %xmm1
	punpckhwd	%xmm2, %xmm0
	punpcklwd	%xmm2, %xmm8
	paddd	%xmm8, %xmm0
	movdqa	%xmm1, %xmm8
	punpckhwd	%xmm2, %xmm1
	punpcklwd	%xmm2, %xmm8
	paddd	%xmm8, %xmm1
	paddd	%xmm1, %xmm0
	paddd	%xmm0, %xmm9
	cmpq	%r8, %rax
	jne	.L19
	movdqa	%xmm9, %xmm0
	movl	%r13d, %r10d
	psrldq	$8, %xmm0
	andl	$-16, %r10d
	paddd	%xmm9, %xmm0
	leal	(%r10,%r14), %r8d
	movdqa	%xmm0, %xmm1
	psrldq	$4, %xmm1
	paddd	%xmm1, %xmm0
	movd	%xmm0, %r15d
	movdqa	%xmm9, %xmm0
	psrldq	$8, %xmm9
	paddd	%xmm9, %xmm0
	addl	%edx, %r15d
	testb	$15, %r13b
	je	.L43
.L18:
	movl	%r13d, %eax
	subl	%r10d, %eax
	leal	-1(%rax), %r13d
	cmpl	$6, %r13d
	jbe	.L29
	leal	1(%r14), %r13d
	addq	%rsi, %r13
	movq	0(%r13,%r10), %xmm1
	pcmpeqb	%xmm6, %xmm1
	pand	%xmm7, %xmm1
	movdqa	%xmm1, %xmm8
	punpcklbw	%xmm6, %xmm1
	punpcklbw	%xmm6, %xmm8
	pshufd	$78, %xmm1, %xmm1
	movdqa	%xmm8, %xmm9
	punpcklwd	%xmm4, %xmm8
	punpcklwd	%xmm4, %xmm9
	pshufd	$78, %xmm8, %xmm8
	paddd	%xmm9, %xmm8
	movdqa	%xmm1, %xmm9
	punpcklwd	%xmm4, %xmm1
	punpcklwd	%xmm4, %xmm9
	pshufd	$78, %xmm1, %xmm1
	paddd	%xmm9, %xmm1
	paddd	%xmm1, %xmm8
	paddd	%xmm8, %xmm0
	movd	%xmm0, %r13d
	pshufd	$0xe5, %xmm0, %xmm1
	movd	%xmm1, %r10d
	addl	%r13d, %r10d
	addl	%r10d, %edx
	movl	%eax, %r10d
	andl	$-8, %r10d
	addl	%r10d, %r8d
	testb	$7, %al
	je	.L21
.L22:
	leal	1(%r8), %r10d
	cmpb	$1, (%rsi,%r10)
	adcl	$0, %edx
	cmpl	%ecx, %r10d
	jnb	.L21
	leal	2(%r8), %r10d
	cmpb	$1, (%rsi,%r10)
	adcl	$0, %edx
	cmpl	%ecx, %r10d
	jnb	.L21
	leal	3(%r8), %r10d
	cmpb	$1, (%rsi,%r10)
	adcl	$0, %edx
	cmpl	%ecx, %r10d
	jnb	.L21
	leal	4(%r8), %r10d
	cmpb	$1, (%rsi,%r10)
	adcl	$0, %edx
	cmpl	%ecx, %r10d
	jnb	.L21
	leal	5(%r8), %r10d
	cmpb	$1, (%rsi,%r10)
	adcl	$0, %edx
	cmpl	%ecx, %r10d
	jnb	.L21
	leal	6(%r8), %r10d
	cmpb	$1, (%rsi,%r10)
	adcl	$0, %edx
	cmpl	%ecx, %r10d
	jnb	.L21
	leal	7(%r8), %eax
	cmpb	$1, (%rsi,%rax)
	adcl	$0, %edx
.L21:
	movl	%ecx, %r14d
.L17:
	addq	$4, %r9
	movl	%edx, (%rbx,%rdi,4)
	cmpq	%r9, %r12
	jne	.L24
	xorl	%ebp, %ebp
	leaq	.LC5(%rip), %r12
	.p2align 4,,10
	.p2align 3
.L25:
	movl	(%rbx,%rbp,4), %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	addq	$1, %rbp
	call	printf@PLT
	cmpl	%ebp, 12(%rsp)
	jg	.L25
	jmp	.L31
.L27:
	movl	%r14d, %r8d
	movl	%edx, %r15d
	pxor	%xmm0, %xmm0
	xorl	%r10d, %r10d
	leaq	composite(%rip), %rsi
	jmp	.L18
.L29:
	movl	%r15d, %edx
	jmp	.L22
.L43:
	movl	%r15d, %edx
	jmp	.L21
	.cfi_endproc
.LFE23:
	.size	main, .-main
	.local	answer
	.comm	answer,400000,32
	.local	order
	.comm	order,400000,32
	.local	qn
	.comm	qn,400000,32
	.local	composite
	.comm	composite,40000001,32
	.set	.LC2,.LC3
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
	.set	.LC4,.LC3
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
