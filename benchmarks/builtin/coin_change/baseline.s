	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d %d"
.LC1:
	.string	"%d"
.LC4:
	.string	"%u\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB11:
	.cfi_startproc
	pushq	%r14
	.cfi_def_cfa_offset 16
	.cfi_offset 14, -16
	xorl	%eax, %eax
	leaq	.LC0(%rip), %rdi
	pushq	%r13
	.cfi_def_cfa_offset 24
	.cfi_offset 13, -24
	pushq	%r12
	.cfi_def_cfa_offset 32
	.cfi_offset 12, -32
	pushq	%rbp
	.cfi_def_cfa_offset 40
	.cfi_offset 6, -40
	pushq	%rbx
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
	subq	$16, %rsp
	.cfi_def_cfa_offset 64
	leaq	12(%rsp), %rdx
	leaq	8(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L21
	movl	8(%rsp), %eax
	cmpl	$1000, %eax
	jbe	.L32
.L21:
	addq	$16, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 48
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 40
	popq	%rbp
	.cfi_def_cfa_offset 32
	popq	%r12
	.cfi_def_cfa_offset 24
	popq	%r13
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	ret
.L32:
	.cfi_restore_state
	cmpl	$100000, 12(%rsp)
	ja	.L21
	testl	%eax, %eax
	je	.L4
	leaq	coin(%rip), %rbx
	xorl	%ebp, %ebp
	leaq	.LC1(%rip), %r12
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L33:
	movl	(%rbx), %eax
	testl	%eax, %eax
	jle	.L21
	addl	$1, %ebp
	addq	$4, %rbx
	cmpl	%ebp, 8(%rsp)
	jle	.L4
.L5:
	xorl	%eax, %eax
	movq	%rbx, %rsi
	movq	%r12, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	je	.L33
	jmp	.L21
.L4:
	leaq	amount(%rip), %rbx
	xorl	%r13d, %r13d
	xorl	%ebp, %ebp
	movq	%rbx, %r12
	leaq	.LC1(%rip), %r14
	jmp	.L6
.L35:
	cmpl	%eax, %ebp
	cmovl	%eax, %ebp
	addl	$1, %r13d
.L6:
	cmpl	%r13d, 12(%rsp)
	jle	.L34
	xorl	%eax, %eax
	movq	%r12, %rsi
	movq	%r14, %rdi
	call	__isoc99_scanf@PLT
	subl	$1, %eax
	jne	.L21
	movl	(%r12), %eax
	addq	$4, %r12
	cmpl	$3000000, %eax
	jbe	.L35
	jmp	.L21
.L34:
	movl	8(%rsp), %r9d
	xorl	%r8d, %r8d
	movl	$1, ways(%rip)
	leaq	coin(%rip), %r10
	leaq	ways(%rip), %rsi
	movl	$1000000007, %edi
	leal	1(%rbp), %r11d
	movdqa	.LC2(%rip), %xmm4
	movdqa	.LC3(%rip), %xmm3
.L8:
	cmpl	%r8d, %r9d
	jle	.L36
	movslq	(%r10,%r8,4), %rcx
	cmpl	%ecx, %ebp
	jl	.L9
	movl	%ebp, %eax
	subl	%ecx, %eax
	cmpl	$2, %eax
	jbe	.L10
	leal	-1(%rcx), %eax
	cmpl	$2, %eax
	ja	.L37
.L10:
	leaq	ways(%rip), %r12
.L14:
	movl	(%r12), %eax
	xorl	%edx, %edx
	addl	(%rsi,%rcx,4), %eax
	addq	$4, %r12
	divl	%edi
	movl	%edx, (%rsi,%rcx,4)
	addq	$1, %rcx
	cmpl	%ecx, %ebp
	jge	.L14
.L9:
	addq	$1, %r8
	jmp	.L8
.L37:
	movl	%r11d, %r13d
	movslq	%ecx, %rax
	subl	%ecx, %r13d
	leaq	(%rsi,%rax,4), %rdx
	xorl	%eax, %eax
	movl	%r13d, %r12d
	shrl	$2, %r12d
	salq	$4, %r12
.L11:
	movdqu	(%rdx,%rax), %xmm1
	paddd	(%rsi,%rax), %xmm1
	movdqa	%xmm1, %xmm0
	movdqa	%xmm1, %xmm2
	psrlq	$32, %xmm0
	pmuludq	%xmm4, %xmm2
	pmuludq	%xmm4, %xmm0
	pshufd	$221, %xmm2, %xmm2
	pshufd	$221, %xmm0, %xmm0
	punpckldq	%xmm0, %xmm2
	movdqa	%xmm1, %xmm0
	psubd	%xmm2, %xmm0
	psrld	$1, %xmm0
	paddd	%xmm2, %xmm0
	psrld	$29, %xmm0
	movdqa	%xmm0, %xmm2
	psrlq	$32, %xmm0
	pmuludq	%xmm3, %xmm2
	pmuludq	%xmm3, %xmm0
	pshufd	$8, %xmm2, %xmm2
	pshufd	$8, %xmm0, %xmm0
	punpckldq	%xmm0, %xmm2
	psubd	%xmm2, %xmm1
	movups	%xmm1, (%rdx,%rax)
	addq	$16, %rax
	cmpq	%r12, %rax
	jne	.L11
	movl	%r13d, %eax
	andl	$-4, %eax
	addl	%eax, %ecx
	andb	$3, %r13b
	je	.L9
	cltq
	movslq	%ecx, %rcx
	leaq	(%rsi,%rax,4), %r12
.L13:
	movl	(%r12), %eax
	xorl	%edx, %edx
	addl	(%rsi,%rcx,4), %eax
	addq	$4, %r12
	divl	%edi
	movl	%edx, (%rsi,%rcx,4)
	addq	$1, %rcx
	cmpl	%ecx, %ebp
	jge	.L13
	jmp	.L9
.L36:
	xorl	%ebp, %ebp
	leaq	ways(%rip), %r13
	leaq	.LC4(%rip), %r12
	jmp	.L17
.L18:
	movslq	(%rbx,%rbp,4), %rax
	movq	%r12, %rdi
	addq	$1, %rbp
	movl	0(%r13,%rax,4), %esi
	xorl	%eax, %eax
	call	printf@PLT
.L17:
	cmpl	%ebp, 12(%rsp)
	jg	.L18
	jmp	.L21
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	amount
	.comm	amount,400000,32
	.local	coin
	.comm	coin,4000,32
	.local	ways
	.comm	ways,12000004,32
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC2:
	.long	316718691
	.long	316718691
	.long	316718691
	.long	316718691
	.align 16
.LC3:
	.long	1000000007
	.long	1000000007
	.long	1000000007
	.long	1000000007
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
