	.file	"prog.c"
	.text
	.p2align 4
	.type	cmp_edge, @function
cmp_edge:
.LFB22:
	.cfi_startproc
	movl	(%rsi), %eax
	cmpl	%eax, (%rdi)
	jne	.L7
	movl	4(%rsi), %eax
	cmpl	%eax, 4(%rdi)
	je	.L4
.L7:
	setge	%al
	movzbl	%al, %eax
	leal	-1(%rax,%rax), %eax
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	movl	8(%rsi), %eax
	cmpl	%eax, 8(%rdi)
	setg	%al
	setl	%dl
	movzbl	%dl, %edx
	movzbl	%al, %eax
	subl	%edx, %eax
	ret
	.cfi_endproc
.LFE22:
	.size	cmp_edge, .-cmp_edge
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC1:
	.string	"%d"
.LC2:
	.string	"%d %d"
.LC4:
	.string	"%lld %d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB24:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	xorl	%eax, %eax
	leaq	.LC1(%rip), %rdi
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
	subq	$56, %rsp
	.cfi_def_cfa_offset 112
	leaq	44(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L50
	movl	44(%rsp), %eax
	subl	$1, %eax
	cmpl	$1199, %eax
	jbe	.L72
.L50:
	addq	$56, %rsp
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
.L72:
	.cfi_restore_state
	leaq	px(%rip), %rbp
	xorl	%ebx, %ebx
	leaq	py(%rip), %r13
	leaq	.LC2(%rip), %r12
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L74:
	movl	44(%rsp), %r9d
	addq	$1, %rbx
	addq	$4, %rbp
	cmpl	%ebx, %r9d
	jle	.L73
.L13:
	xorl	%eax, %eax
	leaq	0(%r13,%rbx,4), %rdx
	movq	%rbp, %rsi
	movq	%r12, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	je	.L74
	jmp	.L50
.L73:
	testl	%r9d, %r9d
	jle	.L14
	cmpl	$1, %r9d
	je	.L39
	leal	-1(%r9), %esi
	leaq	4+px(%rip), %r11
	xorl	%r8d, %r8d
	xorl	%ebx, %ebx
	movq	%rsi, 24(%rsp)
	leaq	4+py(%rip), %r10
	movq	%rsi, %rax
	leaq	edges(%rip), %r15
	.p2align 4,,10
	.p2align 3
.L17:
	movslq	%ebx, %rdx
	movl	%ebx, 12(%rsp)
	movl	-4(%r11), %r13d
	movl	%r8d, %ebp
	movq	%r8, 16(%rsp)
	leaq	(%rdx,%rdx,2), %rdx
	movl	-4(%r10), %r12d
	movl	%r8d, %r14d
	leal	1(%r8), %esi
	leaq	(%r15,%rdx,4), %rdx
	xorl	%ecx, %ecx
	.p2align 4,,10
	.p2align 3
.L16:
	movl	%r13d, %r8d
	subl	(%r11,%rcx), %r8d
	movl	%r12d, %ebx
	movl	%esi, 8(%rdx)
	movl	%r8d, %edi
	movl	%r14d, 4(%rdx)
	negl	%edi
	cmovs	%r8d, %edi
	subl	(%r10,%rcx), %ebx
	movl	%ebx, %r8d
	negl	%r8d
	cmovs	%ebx, %r8d
	addl	$1, %esi
	addq	$12, %rdx
	addq	$4, %rcx
	addl	%r8d, %edi
	movl	%edi, -12(%rdx)
	cmpl	%esi, %r9d
	jg	.L16
	movl	12(%rsp), %ebx
	movq	16(%rsp), %r8
	addq	$4, %r11
	addq	$4, %r10
	movq	24(%rsp), %rsi
	addl	%eax, %ebx
	addq	$1, %r8
	subl	%ebp, %ebx
	cmpq	%rsi, %r8
	jne	.L17
.L15:
	movslq	%ebx, %rsi
	leaq	cmp_edge(%rip), %rcx
	movl	$12, %edx
	movq	%r15, %rdi
	call	qsort@PLT
	movl	44(%rsp), %r12d
	testl	%r12d, %r12d
	jle	.L28
.L18:
	testl	%r12d, %r12d
	movl	$1, %esi
	cmovg	%r12d, %esi
	cmpl	$3, %r12d
	jle	.L40
	movl	%esi, %ecx
	movdqa	.LC0(%rip), %xmm0
	xorl	%eax, %eax
	movdqa	.LC3(%rip), %xmm2
	shrl	$2, %ecx
	leaq	par(%rip), %rbp
.L21:
	movq	%rax, %rdx
	movdqa	%xmm0, %xmm1
	paddd	%xmm2, %xmm0
	addq	$1, %rax
	salq	$4, %rdx
	movaps	%xmm1, 0(%rbp,%rdx)
	cmpl	%ecx, %eax
	jb	.L21
	movl	%esi, %eax
	andl	$-4, %eax
	andb	$3, %sil
	je	.L22
.L20:
	movslq	%eax, %rdx
	movl	%eax, 0(%rbp,%rdx,4)
	leal	1(%rax), %edx
	cmpl	%edx, %r12d
	jle	.L23
	movslq	%edx, %rcx
	addl	$2, %eax
	movl	%edx, 0(%rbp,%rcx,4)
	cmpl	%eax, %r12d
	jle	.L22
	movslq	%eax, %rdx
	movl	%eax, 0(%rbp,%rdx,4)
.L22:
	movl	%r12d, %edx
	movl	$4, %eax
	leaq	rnk(%rip), %r8
	salq	$2, %rdx
	testl	%r12d, %r12d
	movq	%r8, %rdi
	cmovle	%rax, %rdx
	xorl	%esi, %esi
	call	memset@PLT
	leal	-1(%r12), %r10d
	movq	%rax, %r8
	testl	%ebx, %ebx
	je	.L28
.L37:
	subl	$1, %ebx
	leaq	edges(%rip), %rsi
	xorl	%r11d, %r11d
	xorl	%edi, %edi
	imulq	$12, %rbx, %rbx
	xorl	%r9d, %r9d
	addq	%r15, %rbx
	.p2align 4,,10
	.p2align 3
.L36:
	movslq	4(%rsi), %r12
	movslq	0(%rbp,%r12,4), %rax
	movq	%r12, %rdx
	cmpl	%eax, %r12d
	je	.L29
	.p2align 4,,10
	.p2align 3
.L30:
	movslq	0(%rbp,%rax,4), %r12
	movl	%edx, %ecx
	movslq	%ecx, %rax
	movl	%r12d, 0(%rbp,%rax,4)
	movslq	0(%rbp,%r12,4), %rax
	movq	%r12, %rdx
	cmpl	%r12d, %eax
	jne	.L30
.L29:
	movslq	8(%rsi), %r13
	movslq	0(%rbp,%r13,4), %rcx
	movq	%r13, %rax
	cmpl	%ecx, %r13d
	je	.L31
	.p2align 4,,10
	.p2align 3
.L32:
	movl	%eax, %r13d
	movl	0(%rbp,%rcx,4), %eax
	movslq	%r13d, %rcx
	movslq	%eax, %r13
	movl	%eax, 0(%rbp,%rcx,4)
	movslq	0(%rbp,%r13,4), %rcx
	cmpl	%eax, %ecx
	jne	.L32
.L31:
	cmpl	%edx, %eax
	je	.L33
	movl	(%r8,%r12,4), %ecx
	cmpl	(%r8,%r13,4), %ecx
	jl	.L34
	movl	%edx, 0(%rbp,%r13,4)
	jne	.L35
	addl	$1, %ecx
	movl	%ecx, (%r8,%r12,4)
.L35:
	movslq	(%rsi), %rax
	addl	$1, %edi
	movq	%rax, %r11
	addq	%rax, %r9
.L33:
	cmpq	%rbx, %rsi
	je	.L19
	addq	$12, %rsi
	cmpl	%r10d, %edi
	jl	.L36
.L19:
	movl	%r11d, %edx
	movq	%r9, %rsi
	leaq	.LC4(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L50
.L34:
	movl	%eax, 0(%rbp,%r12,4)
	jmp	.L35
.L23:
	movl	%r12d, %edx
	movl	$4, %eax
	leaq	rnk(%rip), %r8
	salq	$2, %rdx
	testl	%r12d, %r12d
	movq	%r8, %rdi
	cmovle	%rax, %rdx
	xorl	%eax, %eax
	movl	%edx, %esi
	cmpl	$8, %edx
	jb	.L24
	shrl	$3, %edx
	movl	%edx, %ecx
	rep stosq
.L24:
	andb	$4, %sil
	je	.L27
	stosl
.L27:
	testl	%ebx, %ebx
	je	.L28
	leal	-1(%r12), %r10d
	subl	$1, %r12d
	jne	.L37
.L28:
	xorl	%r11d, %r11d
	xorl	%r9d, %r9d
	jmp	.L19
.L39:
	xorl	%ebx, %ebx
	leaq	edges(%rip), %r15
	jmp	.L15
.L40:
	xorl	%eax, %eax
	leaq	par(%rip), %rbp
	jmp	.L20
.L14:
	leaq	edges(%rip), %r15
	movl	$12, %edx
	xorl	%esi, %esi
	xorl	%ebx, %ebx
	leaq	cmp_edge(%rip), %rcx
	movq	%r15, %rdi
	call	qsort@PLT
	movl	44(%rsp), %r12d
	testl	%r12d, %r12d
	jg	.L18
	jmp	.L28
	.cfi_endproc
.LFE24:
	.size	main, .-main
	.local	edges
	.comm	edges,8632800,32
	.local	rnk
	.comm	rnk,4800,32
	.local	par
	.comm	par,4800,32
	.local	py
	.comm	py,4800,32
	.local	px
	.comm	px,4800,32
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC0:
	.long	0
	.long	1
	.long	2
	.long	3
	.align 16
.LC3:
	.long	4
	.long	4
	.long	4
	.long	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
