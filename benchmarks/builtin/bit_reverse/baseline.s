	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%u %u"
.LC5:
	.string	"%u %llu\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB12:
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
	jne	.L4
	movl	4(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 4(%rsp)
	testl	%eax, %eax
	jle	.L4
	leaq	12(%rsp), %r12
	leaq	8(%rsp), %rbp
	leaq	.LC1(%rip), %rbx
	leaq	.LC5(%rip), %r13
.L14:
	xorl	%eax, %eax
	movq	%r12, %rdx
	movq	%rbp, %rsi
	movq	%rbx, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L4
	movl	8(%rsp), %edi
	movl	12(%rsp), %r10d
	movdqa	.LC3(%rip), %xmm7
	movdqa	.LC4(%rip), %xmm3
	movdqa	.LC2(%rip), %xmm8
	cmpq	%rdi, %r10
	jb	.L15
	movq	%r10, %rax
	leaq	1(%r10), %rsi
	subq	%rdi, %rax
	subq	%rdi, %rsi
	cmpq	$2, %rax
	jbe	.L16
	leaq	-4(%rsi), %rcx
	leaq	1(%rdi), %rax
	movq	%rdi, %xmm5
	xorl	%edx, %edx
	movq	%rax, %xmm6
	shrq	$2, %rcx
	pxor	%xmm4, %xmm4
	punpcklqdq	%xmm6, %xmm5
	addq	$1, %rcx
	pxor	%xmm6, %xmm6
	movdqa	%xmm4, %xmm9
	.p2align 4,,10
	.p2align 3
.L8:
	movdqa	%xmm5, %xmm1
	movl	$32, %eax
	paddq	%xmm8, %xmm5
	movdqa	%xmm1, %xmm0
	paddq	%xmm7, %xmm0
	shufps	$136, %xmm0, %xmm1
	pxor	%xmm0, %xmm0
	.p2align 4,,10
	.p2align 3
.L7:
	movdqa	%xmm1, %xmm2
	pslld	$1, %xmm0
	pand	%xmm3, %xmm2
	psrld	$1, %xmm1
	por	%xmm2, %xmm0
	subl	$1, %eax
	jne	.L7
	movdqa	%xmm0, %xmm1
	pxor	%xmm0, %xmm4
	punpckhdq	%xmm9, %xmm0
	addq	$1, %rdx
	punpckldq	%xmm9, %xmm1
	paddq	%xmm1, %xmm0
	paddq	%xmm0, %xmm6
	cmpq	%rcx, %rdx
	jb	.L8
	movdqa	%xmm6, %xmm0
	salq	$2, %rcx
	psrldq	$8, %xmm0
	addq	%rcx, %rdi
	paddq	%xmm0, %xmm6
	movdqa	%xmm4, %xmm0
	psrldq	$8, %xmm0
	movq	%xmm6, %r9
	pxor	%xmm0, %xmm4
	movdqa	%xmm4, %xmm0
	psrldq	$4, %xmm0
	pxor	%xmm0, %xmm4
	movd	%xmm4, %r8d
	cmpq	%rcx, %rsi
	je	.L5
	.p2align 4,,10
	.p2align 3
.L12:
	movl	%edi, %ecx
	movl	$32, %edx
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L11:
	movl	%ecx, %esi
	addl	%eax, %eax
	shrl	%ecx
	andl	$1, %esi
	orl	%esi, %eax
	subl	$1, %edx
	jne	.L11
	addq	$1, %rdi
	xorl	%eax, %r8d
	addq	%rax, %r9
	cmpq	%rdi, %r10
	jnb	.L12
.L5:
	movq	%r9, %rdx
	movl	%r8d, %esi
	movq	%r13, %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	4(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 4(%rsp)
	testl	%eax, %eax
	jg	.L14
.L4:
	addq	$24, %rsp
	.cfi_remember_state
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
.L15:
	.cfi_restore_state
	xorl	%r9d, %r9d
	xorl	%r8d, %r8d
	jmp	.L5
.L16:
	xorl	%r9d, %r9d
	xorl	%r8d, %r8d
	jmp	.L12
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC2:
	.quad	4
	.quad	4
	.align 16
.LC3:
	.quad	2
	.quad	2
	.align 16
.LC4:
	.long	1
	.long	1
	.long	1
	.long	1
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
