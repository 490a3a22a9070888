	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC1:
	.string	"%d"
.LC2:
	.string	"%d %d"
.LC5:
	.string	"%d %d %d"
.LC6:
	.string	"%ld %llu %llu\n"
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
	subq	$152, %rsp
	.cfi_def_cfa_offset 208
	leaq	120(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L45
	movl	120(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 120(%rsp)
	testl	%eax, %eax
	je	.L45
	leaq	128(%rsp), %rax
	leaq	d(%rip), %r13
	movq	%rax, 96(%rsp)
	leaq	124(%rsp), %rax
	movq	%rax, 88(%rsp)
.L35:
	movq	96(%rsp), %rdx
	movq	88(%rsp), %rsi
	xorl	%eax, %eax
	leaq	.LC2(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L45
	movl	124(%rsp), %r14d
	leal	-1(%r14), %r9d
	cmpl	$499, %r9d
	ja	.L45
	movl	%r14d, %r8d
	movl	%r14d, %edi
	movdqa	.LC3(%rip), %xmm4
	movdqa	.LC4(%rip), %xmm3
	shrl	$2, %r8d
	andl	$-4, %edi
	leaq	d(%rip), %rbx
	salq	$4, %r8
	cmpl	$2, %r9d
	jbe	.L5
	movq	%rbx, %rsi
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L14:
	movd	%edx, %xmm6
	movdqa	.LC0(%rip), %xmm1
	leaq	(%rsi,%r8), %rcx
	movq	%rsi, %rax
	pshufd	$0, %xmm6, %xmm2
	.p2align 4,,10
	.p2align 3
.L6:
	movdqa	%xmm1, %xmm0
	addq	$16, %rax
	paddd	%xmm4, %xmm1
	pcmpeqd	%xmm2, %xmm0
	pandn	%xmm3, %xmm0
	movaps	%xmm0, -16(%rax)
	cmpq	%rax, %rcx
	jne	.L6
	cmpl	%edi, %r14d
	je	.L7
	movl	%edi, %eax
	xorl	%ebp, %ebp
	cmpl	%edx, %edi
	je	.L8
.L13:
	movl	$1061109567, %ebp
.L8:
	movslq	%edx, %r10
	movslq	%eax, %r11
	imulq	$500, %r10, %rcx
	addq	%r11, %rcx
	movl	%ebp, 0(%r13,%rcx,4)
	leal	1(%rax), %ecx
	cmpl	%ecx, %r14d
	jle	.L7
	xorl	%r11d, %r11d
	cmpl	%ecx, %edx
	je	.L9
.L37:
	movl	$1061109567, %r11d
.L9:
	imulq	$500, %r10, %r10
	movslq	%ecx, %rcx
	addl	$2, %eax
	addq	%r10, %rcx
	movl	%r11d, 0(%r13,%rcx,4)
	cmpl	%eax, %r14d
	jle	.L7
	xorl	%ecx, %ecx
	movl	$1061109567, %r11d
	cmpl	%eax, %edx
	cltq
	cmovne	%r11d, %ecx
	addq	%rax, %r10
	movl	%ecx, 0(%r13,%r10,4)
.L7:
	addl	$1, %edx
	addq	$2000, %rsi
	cmpl	%edx, %r14d
	je	.L12
	cmpl	$2, %r9d
	ja	.L14
	xorl	%eax, %eax
	jmp	.L13
.L12:
	movl	128(%rsp), %edx
	testl	%edx, %edx
	jle	.L21
	xorl	%r15d, %r15d
	leaq	140(%rsp), %r14
	leaq	136(%rsp), %r12
	leaq	132(%rsp), %rbp
	.p2align 4,,10
	.p2align 3
.L15:
	xorl	%eax, %eax
	movq	%r14, %rcx
	movq	%r12, %rdx
	movq	%rbp, %rsi
	leaq	.LC5(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$3, %eax
	jne	.L45
	movl	132(%rsp), %eax
	movl	136(%rsp), %edi
	movl	140(%rsp), %ecx
	subl	$1, %eax
	leal	-1(%rdi), %edx
	cltq
	movslq	%edx, %rdx
	imulq	$500, %rax, %rax
	addq	%rdx, %rax
	cmpl	%ecx, 0(%r13,%rax,4)
	jle	.L19
	movl	%ecx, 0(%r13,%rax,4)
	addl	$1, %r15d
	cmpl	%r15d, 128(%rsp)
	jg	.L15
.L58:
	movl	124(%rsp), %r14d
.L21:
	testl	%r14d, %r14d
	jle	.L60
	movl	%r14d, %edi
	movslq	%r14d, %rax
	movl	%r14d, %edx
	movq	%rbx, 104(%rsp)
	andl	$-4, %edi
	shrl	$2, %edx
	movq	%rax, 72(%rsp)
	leaq	0(%r13,%rax,4), %rbp
	leal	1(%rdi), %esi
	leal	2(%rdi), %ecx
	movl	%edi, 60(%rsp)
	movslq	%edi, %rdi
	movq	%rdi, 8(%rsp)
	movslq	%esi, %rdi
	leal	-1(%r14), %r9d
	salq	$4, %rdx
	movq	%rdi, 24(%rsp)
	movslq	%ecx, %rdi
	movq	%rdx, %r15
	xorl	%r8d, %r8d
	movl	%esi, 64(%rsp)
	xorl	%r12d, %r12d
	movl	%ecx, 68(%rsp)
	movq	%rdi, 40(%rsp)
	movq	%rbp, 80(%rsp)
	movl	%r9d, %ebp
	.p2align 4,,10
	.p2align 3
.L31:
	movslq	%r12d, %rax
	movq	8(%rsp), %rbx
	movq	80(%rsp), %rsi
	movq	%r13, %rdx
	imulq	$500, %rax, %rax
	xorl	%ecx, %ecx
	leaq	0(%r13,%r8), %r9
	xorl	%edi, %edi
	addq	%rax, %rbx
	movq	%rbx, 16(%rsp)
	movq	24(%rsp), %rbx
	addq	%rax, %rbx
	movq	%rbx, 32(%rsp)
	movq	40(%rsp), %rbx
	addq	%rbx, %rax
	movq	%rax, 48(%rsp)
	.p2align 4,,10
	.p2align 3
.L23:
	movl	(%rdx,%r12,4), %eax
	cmpl	$1061109567, %eax
	je	.L28
	cmpl	$2, %ebp
	jbe	.L43
	movd	%eax, %xmm5
	xorl	%r10d, %r10d
	pshufd	$0, %xmm5, %xmm2
.L26:
	movdqa	(%r9,%r10), %xmm1
	movdqa	(%rdx,%r10), %xmm0
	paddd	%xmm2, %xmm1
	pcmpgtd	%xmm1, %xmm0
	pand	%xmm0, %xmm1
	pandn	(%rdx,%r10), %xmm0
	por	%xmm1, %xmm0
	movaps	%xmm0, (%rdx,%r10)
	addq	$16, %r10
	cmpq	%r10, %r15
	jne	.L26
	movl	60(%rsp), %ebx
	cmpl	%ebx, %r14d
	je	.L28
	movslq	%edi, %r10
	movq	8(%rsp), %rbx
	imulq	$500, %r10, %r10
	addq	%r10, %rbx
	movq	%r10, (%rsp)
	movq	16(%rsp), %r10
	movl	0(%r13,%r10,4), %r11d
	addl	%eax, %r11d
	cmpl	0(%r13,%rbx,4), %r11d
	cmovg	0(%r13,%rbx,4), %r11d
	movl	%r11d, 0(%r13,%rbx,4)
	movl	64(%rsp), %ebx
	cmpl	%ebx, %r14d
	jle	.L28
	movq	(%rsp), %r10
	movq	24(%rsp), %rbx
	addq	%r10, %rbx
	movq	32(%rsp), %r10
	movl	0(%r13,%r10,4), %r11d
	addl	%eax, %r11d
	cmpl	0(%r13,%rbx,4), %r11d
	cmovg	0(%r13,%rbx,4), %r11d
	movl	%r11d, 0(%r13,%rbx,4)
	cmpl	%r14d, 68(%rsp)
	jge	.L28
	movq	40(%rsp), %rbx
	movq	(%rsp), %r10
	addq	%rbx, %r10
	movq	48(%rsp), %rbx
	movl	0(%r13,%r10,4), %r11d
	addl	0(%r13,%rbx,4), %eax
	cmpl	%r11d, %eax
	cmovg	%r11d, %eax
	movl	%eax, 0(%r13,%r10,4)
	.p2align 4,,10
	.p2align 3
.L28:
	addl	$1, %edi
	addq	$2000, %rdx
	subq	$2000, %rcx
	addq	$2000, %rsi
	cmpl	%r14d, %edi
	jne	.L23
	addq	$1, %r12
	addq	$2000, %r8
	cmpq	%r12, 72(%rsp)
	jne	.L31
	movq	72(%rsp), %rax
	movq	104(%rsp), %rbx
	leal	1(%r14), %r10d
	xorl	%edi, %edi
	movl	$1, %esi
	xorl	%r9d, %r9d
	xorl	%r8d, %r8d
	imulq	$2000, %rax, %r11
	addq	%r13, %r11
	.p2align 4,,10
	.p2align 3
.L32:
	movl	%esi, %edx
	movq	%rbx, %rcx
	.p2align 4,,10
	.p2align 3
.L34:
	movslq	(%rcx), %rax
	cmpl	$1061109566, %eax
	jg	.L33
	movslq	%edx, %rbp
	addq	%rax, %r8
	addq	$1, %rdi
	imulq	%rbp, %rax
	addq	%rax, %r9
.L33:
	addl	$1, %edx
	addq	$4, %rcx
	cmpl	%r10d, %edx
	jne	.L34
	addq	$2000, %rbx
	addl	%r14d, %r10d
	addl	%r14d, %esi
	cmpq	%r11, %rbx
	jne	.L32
.L17:
	movq	%r8, %rdx
	movq	%rdi, %rsi
	movq	%r9, %rcx
	xorl	%eax, %eax
	leaq	.LC6(%rip), %rdi
	call	printf@PLT
	movl	120(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 120(%rsp)
	testl	%eax, %eax
	jne	.L35
.L45:
	addq	$152, %rsp
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
.L43:
	.cfi_restore_state
	movq	%rdx, %r10
	.p2align 4,,10
	.p2align 3
.L25:
	leaq	(%rcx,%r10), %r11
	movl	(%r11,%r8), %ebx
	addl	%eax, %ebx
	movl	%ebx, %r11d
	movl	(%r10), %ebx
	cmpl	%ebx, %r11d
	cmovg	%ebx, %r11d
	addq	$4, %r10
	movl	%r11d, -4(%r10)
	cmpq	%r10, %rsi
	jne	.L25
	jmp	.L28
	.p2align 4,,10
	.p2align 3
.L19:
	addl	$1, %r15d
	cmpl	%r15d, 128(%rsp)
	jg	.L15
	jmp	.L58
.L5:
	xorl	%eax, %eax
	movq	%rbx, %rsi
	xorl	%edx, %edx
	movl	%eax, d(%rip)
	cmpl	$1, %r14d
	je	.L7
	movl	$1, %ecx
	movq	%rbx, %rsi
	xorl	%edx, %edx
	xorl	%eax, %eax
	xorl	%r10d, %r10d
	jmp	.L37
.L60:
	xorl	%edi, %edi
	xorl	%r9d, %r9d
	xorl	%r8d, %r8d
	jmp	.L17
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	d
	.comm	d,1000000,32
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
	.align 16
.LC4:
	.long	1061109567
	.long	1061109567
	.long	1061109567
	.long	1061109567
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
