	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%u"
.LC1:
	.string	"%llu %u\n"
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
	subq	$40, %rsp
	.cfi_def_cfa_offset 96
	leaq	28(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L2
	movl	28(%rsp), %esi
	cmpl	$10000000, %esi
	jbe	.L3
	movl	$10000000, 28(%rsp)
	movl	$10000000, %esi
	movl	$1, 4+phi(%rip)
.L4:
	movl	%esi, %ebp
	leaq	8+lp(%rip), %r9
	leal	1(%rsi), %r14d
	xorl	%r11d, %r11d
	movq	%rbp, 8(%rsp)
	movq	%r14, %r15
	movl	$2, %r8d
	movl	%esi, %edi
	leaq	8+phi(%rip), %r10
	leaq	-8(%r9), %r13
	leaq	-8(%r10), %r12
	leaq	primes(%rip), %rbx
	.p2align 4,,10
	.p2align 3
.L18:
	movl	(%r9), %esi
	testl	%esi, %esi
	jne	.L10
	leal	-1(%r8), %eax
	movl	%r8d, (%r9)
	movl	%r8d, %esi
	movl	%eax, (%r10)
	movslq	%r11d, %rax
	addl	$1, %r11d
	movl	%r8d, (%rbx,%rax,4)
.L11:
	xorl	%ecx, %ecx
	.p2align 4,,10
	.p2align 3
.L17:
	movl	(%rbx,%rcx,4), %edx
	movq	%rdx, %rax
	imulq	%r8, %rdx
	cmpl	%eax, %esi
	jb	.L12
	cmpq	%rdx, 8(%rsp)
	jb	.L12
	movl	%eax, 0(%r13,%rdx,4)
	movl	(%r9), %esi
	movl	(%r10), %ebp
	cmpl	%eax, %esi
	je	.L39
	subl	$1, %eax
	addq	$1, %rcx
	imull	%ebp, %eax
	movl	%eax, (%r12,%rdx,4)
	cmpl	%ecx, %r11d
	jg	.L17
	.p2align 4,,10
	.p2align 3
.L12:
	addq	$1, %r8
	addq	$4, %r9
	addq	$4, %r10
	cmpq	%r14, %r8
	jne	.L18
	movl	%edi, %esi
	cmpl	$1, %r15d
	movl	$1, %edi
	leal	-4(%rsi), %eax
	cmova	%esi, %edi
	cmpl	$-6, %eax
	ja	.L40
	movl	%edi, %edx
	leaq	4+phi(%rip), %rax
	pxor	%xmm2, %xmm2
	shrl	$2, %edx
	pxor	%xmm3, %xmm3
	movdqa	%xmm2, %xmm4
	salq	$4, %rdx
	addq	%rax, %rdx
	.p2align 4,,10
	.p2align 3
.L9:
	movdqu	(%rax), %xmm0
	addq	$16, %rax
	movdqa	%xmm0, %xmm5
	movdqa	%xmm0, %xmm1
	pxor	%xmm0, %xmm2
	punpckhdq	%xmm4, %xmm5
	punpckldq	%xmm4, %xmm1
	paddq	%xmm5, %xmm1
	paddq	%xmm1, %xmm3
	cmpq	%rdx, %rax
	jne	.L9
	movdqa	%xmm2, %xmm0
	movl	%edi, %edx
	psrldq	$8, %xmm0
	andl	$-4, %edx
	andb	$3, %dil
	pxor	%xmm0, %xmm2
	leal	1(%rdx), %r8d
	movdqa	%xmm2, %xmm0
	psrldq	$4, %xmm0
	pxor	%xmm0, %xmm2
	movdqa	%xmm3, %xmm0
	psrldq	$8, %xmm0
	movd	%xmm2, %eax
	paddq	%xmm0, %xmm3
	movq	%xmm3, %rcx
	je	.L6
	leaq	phi(%rip), %rdi
	movl	%r8d, %r9d
	addl	$2, %edx
	movl	(%rdi,%r9,4), %r10d
	addq	%r10, %rcx
	xorl	%r10d, %eax
	cmpl	%edx, %esi
	jb	.L6
.L8:
	movl	(%rdi,%rdx,4), %r9d
	addl	$2, %r8d
	addq	%r9, %rcx
	xorl	%r9d, %eax
	cmpl	%r8d, %esi
	jb	.L6
	movl	(%rdi,%r8,4), %esi
	addq	%rsi, %rcx
	xorl	%esi, %eax
.L6:
	movl	%eax, %esi
	jmp	.L5
.L3:
	xorl	%ecx, %ecx
	testl	%esi, %esi
	jne	.L41
.L5:
	movl	%esi, %edx
	leaq	.LC1(%rip), %rdi
	movq	%rcx, %rsi
	xorl	%eax, %eax
	call	printf@PLT
.L2:
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
	.p2align 4,,10
	.p2align 3
.L39:
	.cfi_restore_state
	imull	%esi, %ebp
	addq	$1, %rcx
	movl	%ebp, (%r12,%rdx,4)
	cmpl	%ecx, %r11d
	jg	.L17
	jmp	.L12
	.p2align 4,,10
	.p2align 3
.L10:
	testl	%r11d, %r11d
	jne	.L11
	jmp	.L12
.L40:
	movl	4+phi(%rip), %ecx
	movl	$2, %edx
	movl	$1, %r8d
	leaq	phi(%rip), %rdi
	movq	%rcx, %rax
	jmp	.L8
.L41:
	movl	$1, 4+phi(%rip)
	movl	$1, %eax
	movl	$1, %ecx
	cmpl	$1, %esi
	jne	.L4
	movl	%eax, %esi
	jmp	.L5
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	primes
	.comm	primes,2800000,32
	.local	lp
	.comm	lp,40000004,32
	.local	phi
	.comm	phi,40000004,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
