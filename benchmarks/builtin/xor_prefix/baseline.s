	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d %d %llu"
.LC1:
	.string	"%d %d"
.LC2:
	.string	"%u\n"
.LC3:
	.string	"total %u\n"
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
	leaq	24(%rsp), %rcx
	leaq	12(%rsp), %rdx
	leaq	8(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$3, %eax
	jne	.L2
	movl	8(%rsp), %eax
	leal	-1(%rax), %ecx
	cmpl	$1999999, %ecx
	jbe	.L26
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
.L26:
	.cfi_restore_state
	leaq	4+a(%rip), %rdx
	movq	24(%rsp), %rax
	movabsq	$6364136223846793005, %rdi
	leaq	4(%rdx), %rsi
	leaq	(%rsi,%rcx,4), %r8
	movabsq	$1442695040888963407, %rsi
	.p2align 4,,10
	.p2align 3
.L3:
	imulq	%rdi, %rax
	addq	$4, %rdx
	addq	%rsi, %rax
	movq	%rax, %rcx
	shrq	$33, %rcx
	movl	%ecx, -4(%rdx)
	cmpq	%r8, %rdx
	jne	.L3
	cmpl	$0, 12(%rsp)
	jle	.L15
	xorl	%ebx, %ebx
	leaq	20(%rsp), %r15
	leaq	16(%rsp), %r14
	xorl	%ebp, %ebp
	leaq	.LC1(%rip), %r13
	leaq	a(%rip), %r12
	.p2align 4,,10
	.p2align 3
.L14:
	xorl	%eax, %eax
	movq	%r15, %rdx
	movq	%r14, %rsi
	movq	%r13, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L2
	movl	16(%rsp), %edx
	movl	20(%rsp), %r8d
	cmpl	%r8d, %edx
	jle	.L6
	movl	%edx, %eax
	movl	%r8d, 16(%rsp)
	movl	%edx, 20(%rsp)
	movl	%r8d, %edx
	movl	%eax, %r8d
.L6:
	testl	%edx, %edx
	jg	.L7
	movl	$1, 16(%rsp)
	movl	$1, %edx
.L7:
	movl	8(%rsp), %eax
	cmpl	%r8d, %eax
	jge	.L8
	movl	%eax, 20(%rsp)
	movl	%eax, %r8d
.L8:
	cmpl	%r8d, %edx
	jg	.L16
	movl	%r8d, %eax
	subl	%edx, %eax
	leal	1(%rax), %r9d
	cmpl	$2, %eax
	jbe	.L17
	movl	%r9d, %ecx
	movslq	%edx, %rax
	pxor	%xmm0, %xmm0
	movq	%r12, %rdi
	shrl	$2, %ecx
	leaq	(%r12,%rax,4), %rax
	salq	$4, %rcx
	addq	%rax, %rcx
	.p2align 4,,10
	.p2align 3
.L11:
	movdqu	(%rax), %xmm2
	addq	$16, %rax
	pxor	%xmm2, %xmm0
	cmpq	%rax, %rcx
	jne	.L11
	movdqa	%xmm0, %xmm1
	psrldq	$8, %xmm1
	pxor	%xmm1, %xmm0
	movdqa	%xmm0, %xmm1
	psrldq	$4, %xmm1
	pxor	%xmm1, %xmm0
	movd	%xmm0, %esi
	testb	$3, %r9b
	je	.L9
	andl	$-4, %r9d
	addl	%r9d, %edx
.L10:
	movslq	%edx, %rax
	xorl	(%rdi,%rax,4), %esi
	leal	1(%rdx), %eax
	cmpl	%r8d, %eax
	jg	.L9
	cltq
	addl	$2, %edx
	xorl	(%rdi,%rax,4), %esi
	cmpl	%edx, %r8d
	jl	.L9
	movslq	%edx, %rdx
	xorl	(%rdi,%rdx,4), %esi
.L9:
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	xorl	%esi, %ebp
	addl	$1, %ebx
	call	printf@PLT
	cmpl	%ebx, 12(%rsp)
	jg	.L14
.L4:
	movl	%ebp, %esi
	leaq	.LC3(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L2
.L16:
	xorl	%esi, %esi
	jmp	.L9
.L17:
	xorl	%esi, %esi
	leaq	a(%rip), %rdi
	jmp	.L10
.L15:
	xorl	%ebp, %ebp
	jmp	.L4
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	a
	.comm	a,8000004,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
