	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC7:
	.string	"%u\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB11:
	.cfi_startproc
	pushq	%r13
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	leaq	.LC0(%rip), %r13
	xorl	%eax, %eax
	pushq	%r12
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	movq	%r13, %rdi
	pushq	%rbp
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	pushq	%rbx
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	subq	$24, %rsp
	.cfi_def_cfa_offset 64
	leaq	12(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L25
	movl	12(%rsp), %ebp
	cmpl	$10000, %ebp
	jbe	.L37
.L25:
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
.L37:
	.cfi_restore_state
	testl	%ebp, %ebp
	je	.L4
	leaq	query(%rip), %rbx
	xorl	%r12d, %r12d
	xorl	%ebp, %ebp
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L38:
	cmpl	%eax, %ebp
	cmovl	%eax, %ebp
	addl	$1, %r12d
	addq	$4, %rbx
	cmpl	%r12d, 12(%rsp)
	jle	.L4
.L5:
	xorl	%eax, %eax
	movq	%rbx, %rsi
	movq	%r13, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L25
	movl	(%rbx), %eax
	cmpl	$30000, %eax
	jbe	.L38
	jmp	.L25
.L4:
	movl	$1, p(%rip)
	movl	%ebp, %r9d
	leaq	4+p(%rip), %r10
	movq	.LC5(%rip), %xmm8
	movq	.LC6(%rip), %xmm7
	movq	%r10, %rcx
	leal	-1(%rbp), %esi
	movq	.LC8(%rip), %xmm6
	movdqa	.LC2(%rip), %xmm5
	movl	$1, %edi
	leaq	-4(%r10), %r8
	movdqa	.LC3(%rip), %xmm4
	movdqa	.LC9(%rip), %xmm3
.L6:
	movl	%edi, %r12d
	cmpl	$-1, %esi
	je	.L39
	cmpl	%edi, %ebp
	je	.L7
	leal	-1(%r12), %eax
	cmpl	$2, %eax
	ja	.L40
.L7:
	movl	%esi, %eax
	movq	%r8, %rbx
	movq	%rcx, %rdx
	addq	%rdi, %rax
	subq	%rcx, %rbx
	leaq	(%r10,%rax,4), %r12
	.p2align 4,,10
	.p2align 3
.L16:
	movl	(%rdx), %eax
	addl	(%rdx,%rbx), %eax
	cmpl	$1000000006, %eax
	leal	-1000000007(%rax), %r11d
	cmova	%r11d, %eax
	addq	$4, %rdx
	movl	%eax, -4(%rdx)
	cmpq	%rdx, %r12
	jne	.L16
.L17:
	addq	$4, %rcx
	subl	$1, %esi
	subl	$1, %r9d
	addq	$1, %rdi
	jmp	.L6
.L40:
	cmpl	$2, %esi
	jbe	.L21
	movl	%r9d, %edx
	xorl	%eax, %eax
	movq	%r8, %r11
	shrl	$2, %edx
	salq	$4, %rdx
.L9:
	movdqu	(%rcx,%rax), %xmm1
	paddd	(%r8,%rax), %xmm1
	movdqa	%xmm1, %xmm0
	movdqa	%xmm1, %xmm2
	psubd	%xmm4, %xmm0
	paddd	%xmm5, %xmm2
	pcmpgtd	%xmm3, %xmm0
	pand	%xmm0, %xmm2
	pandn	%xmm1, %xmm0
	por	%xmm2, %xmm0
	movups	%xmm0, (%rcx,%rax)
	addq	$16, %rax
	cmpq	%rdx, %rax
	jne	.L9
	movl	%r9d, %ebx
	andl	$-4, %ebx
	leal	(%rbx,%r12), %edx
	testb	$3, %r9b
	je	.L17
.L8:
	leal	1(%rsi), %eax
	subl	%ebx, %eax
	cmpl	%ebx, %esi
	je	.L11
	movl	%ebx, %r13d
	leaq	(%rdi,%r13), %rbx
	movq	(%r11,%r13,4), %xmm0
	leaq	(%r11,%rbx,4), %rbx
	movq	(%rbx), %xmm1
	paddd	%xmm0, %xmm1
	movdqa	%xmm1, %xmm0
	movdqa	%xmm1, %xmm2
	psubd	%xmm7, %xmm0
	paddd	%xmm8, %xmm2
	pcmpgtd	%xmm6, %xmm0
	pand	%xmm0, %xmm2
	pandn	%xmm1, %xmm0
	por	%xmm2, %xmm0
	movq	%xmm0, (%rbx)
	testb	$1, %al
	je	.L17
	andl	$-2, %eax
	addl	%eax, %edx
.L11:
	movl	%edx, %ebx
	movslq	%edx, %rdx
	subl	%r12d, %ebx
	movl	(%r11,%rdx,4), %eax
	movslq	%ebx, %rbx
	addl	(%r11,%rbx,4), %eax
	leal	-1000000007(%rax), %ebx
	cmpl	$1000000006, %eax
	cmova	%ebx, %eax
	movl	%eax, (%r11,%rdx,4)
	jmp	.L17
.L39:
	xorl	%ebx, %ebx
	leaq	p(%rip), %r13
	leaq	query(%rip), %r12
	leaq	.LC7(%rip), %rbp
	jmp	.L19
.L20:
	movslq	(%r12,%rbx,4), %rax
	movq	%rbp, %rdi
	addq	$1, %rbx
	movl	0(%r13,%rax,4), %esi
	xorl	%eax, %eax
	call	printf@PLT
.L19:
	cmpl	%ebx, 12(%rsp)
	jg	.L20
	jmp	.L25
.L21:
	movl	%edi, %edx
	xorl	%ebx, %ebx
	leaq	p(%rip), %r11
	jmp	.L8
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	query
	.comm	query,40000,32
	.local	p
	.comm	p,120004,32
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC2:
	.long	-1000000007
	.long	-1000000007
	.long	-1000000007
	.long	-1000000007
	.align 16
.LC3:
	.long	-2147483648
	.long	-2147483648
	.long	-2147483648
	.long	-2147483648
	.set	.LC5,.LC2
	.set	.LC6,.LC3
	.set	.LC8,.LC9
	.align 16
.LC9:
	.long	-1147483642
	.long	-1147483642
	.long	-1147483642
	.long	-1147483642
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
