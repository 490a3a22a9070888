	.file	"prog.c"
	.text
	.p2align 4
	.type	read_u32, @function
read_u32:
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
	.size	read_u32, .-read_u32
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%llu %u %llu\n"
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
	subq	$88, %rsp
	.cfi_def_cfa_offset 144
	leaq	64(%rsp), %rdi
	call	read_u32
	testl	%eax, %eax
	jne	.L81
.L16:
	addq	$88, %rsp
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
.L81:
	.cfi_restore_state
	leaq	68(%rsp), %rdi
	call	read_u32
	testl	%eax, %eax
	je	.L16
	movl	64(%rsp), %r8d
	leal	-1(%r8), %r12d
	cmpl	$799, %r12d
	ja	.L16
	cmpl	$0, 68(%rsp)
	jne	.L82
	movl	%r8d, %edi
	xorl	%eax, %eax
	movl	%r8d, 8(%rsp)
	leaq	A(%rip), %r13
	movl	%eax, (%rsp)
	leaq	0(,%rdi,4), %r15
	movabsq	$-4294976513, %rbx
	movl	%r12d, 16(%rsp)
	movq	%rdi, 24(%rsp)
.L25:
	leaq	0(%r13,%r15), %r12
	movq	%r13, %rbp
	.p2align 4,,10
	.p2align 3
.L24:
	movq	stdin(%rip), %rdi
	call	getc@PLT
	cmpl	$32, %eax
	jbe	.L83
	leal	-48(%rax), %eax
	cmpl	$9, %eax
	ja	.L16
	xorl	%r14d, %r14d
	.p2align 4,,10
	.p2align 3
.L23:
	movq	stdin(%rip), %rdi
	leal	(%r14,%r14,4), %edx
	leal	(%rax,%rdx,2), %r14d
	call	getc@PLT
	subl	$48, %eax
	cmpl	$9, %eax
	jbe	.L23
	movl	%r14d, 0(%rbp)
	addq	$4, %rbp
	cmpq	%r12, %rbp
	jne	.L24
	addl	$1, (%rsp)
	addq	$3200, %r13
	movl	(%rsp), %eax
	cmpl	%eax, 8(%rsp)
	jne	.L25
	movq	24(%rsp), %rdi
	leaq	B(%rip), %r14
	movl	16(%rsp), %r12d
	xorl	%r13d, %r13d
	movl	8(%rsp), %r8d
	movq	%r14, 16(%rsp)
	movq	%r14, %rbp
	movq	%rdi, 8(%rsp)
	movl	%r12d, (%rsp)
	movl	%r8d, %r12d
.L26:
	leaq	0(%rbp,%r15), %rbx
	movq	%rbp, %r14
.L27:
	movq	%r14, %rdi
	call	read_u32
	testl	%eax, %eax
	je	.L16
	addq	$4, %r14
	cmpq	%rbx, %r14
	jne	.L27
	addq	$1, %r13
	addq	$3200, %rbp
	cmpl	%r12d, %r13d
	jb	.L26
	movl	%r12d, %r8d
	movq	8(%rsp), %rdi
	movl	(%rsp), %r12d
	movq	16(%rsp), %r14
.L28:
	imulq	$3200, %rdi, %rax
	movl	%r8d, %r15d
	movl	%r8d, %edx
	andl	$3, %r15d
	shrl	$2, %edx
	leaq	C(%rip), %rsi
	leaq	A(%rip), %rbx
	movl	%r15d, 8(%rsp)
	salq	$4, %rdx
	movq	%rsi, %r13
	leaq	(%r14,%rax), %rcx
	movq	%rsi, 56(%rsp)
	movq	%rdx, %r9
	xorl	%edx, %edx
	movq	%rcx, (%rsp)
	movl	%r8d, %ecx
	andl	$-4, %ecx
	movq	%rax, 16(%rsp)
	movq	%rdi, %rax
	movl	%ecx, 24(%rsp)
	imulq	$800, %rdi, %rcx
	movl	%r12d, %edi
	movq	%rcx, 32(%rsp)
	movq	%rsi, %rcx
	movq	%r14, %rsi
.L36:
	cmpl	$2, %edi
	jbe	.L47
	movq	(%rsp), %rbp
	movq	16(%rsp), %r15
	leaq	(%r9,%rcx), %r14
	movq	%rcx, %r12
	.p2align 4,,10
	.p2align 3
.L38:
	movq	%rbp, %r10
	movq	%rbx, %r11
	pxor	%xmm3, %xmm3
	subq	%r15, %r10
	.p2align 4,,10
	.p2align 3
.L37:
	movd	(%r11), %xmm4
	movdqa	(%r10), %xmm2
	addq	$3200, %r10
	addq	$4, %r11
	pshufd	$0, %xmm4, %xmm0
	psrlq	$32, %xmm2
	movdqa	%xmm0, %xmm1
	psrlq	$32, %xmm0
	pmuludq	-3200(%r10), %xmm1
	pshufd	$8, %xmm1, %xmm1
	pmuludq	%xmm2, %xmm0
	pshufd	$8, %xmm0, %xmm0
	punpckldq	%xmm0, %xmm1
	paddd	%xmm1, %xmm3
	cmpq	%rbp, %r10
	jne	.L37
	movaps	%xmm3, (%r12)
	addq	$16, %r12
	leaq	16(%r10), %rbp
	cmpq	%r14, %r12
	jne	.L38
	cmpl	$0, 8(%rsp)
	je	.L39
	movl	24(%rsp), %r12d
.L44:
	movq	32(%rsp), %r15
	movl	%r12d, %ebp
	movl	%edi, 40(%rsp)
	movl	%edx, 44(%rsp)
	leaq	(%rsi,%rbp,4), %r14
	leaq	0(%rbp,%r15), %r10
	movq	%r9, 48(%rsp)
	leaq	(%rsi,%r10,4), %r11
	movl	%edx, %r10d
	leaq	(%r10,%r10,4), %r10
	leaq	(%r10,%r10,4), %r15
	salq	$5, %r15
	.p2align 4,,10
	.p2align 3
.L41:
	movq	%r14, %rdx
	movq	%rbx, %r9
	xorl	%r10d, %r10d
	.p2align 4,,10
	.p2align 3
.L40:
	movl	(%rdx), %edi
	imull	(%r9), %edi
	addq	$3200, %rdx
	addq	$4, %r9
	addl	%edi, %r10d
	cmpq	%r11, %rdx
	jne	.L40
	addq	%r15, %rbp
	addl	$1, %r12d
	addq	$4, %r14
	addq	$4, %r11
	movl	%r10d, 0(%r13,%rbp,4)
	cmpl	%r8d, %r12d
	jnb	.L77
	movl	%r12d, %ebp
	jmp	.L41
	.p2align 4,,10
	.p2align 3
.L83:
	btq	%rax, %rbx
	jnc	.L24
	jmp	.L16
.L77:
	movl	40(%rsp), %edi
	movl	44(%rsp), %edx
	movq	48(%rsp), %r9
.L39:
	addl	$1, %edx
	addq	$3200, %rbx
	addq	$3200, %rcx
	cmpl	%edx, %r8d
	jne	.L36
	movq	%rax, %rdi
	movq	56(%rsp), %rsi
	xorl	%ebx, %ebx
	xorl	%r12d, %r12d
	salq	$2, %rdi
	leaq	C(%rip), %r11
	xorl	%ecx, %ecx
	xorl	%r9d, %r9d
.L46:
	movl	(%rsi), %ebp
	leaq	(%rdi,%r11), %r10
	movq	%r11, %rax
	addl	%r12d, %ebp
	movl	%ebp, %r12d
	.p2align 4,,10
	.p2align 3
.L45:
	imulq	$1000003, %rcx, %rcx
	movl	(%rax), %edx
	addq	$4, %rax
	addq	%rdx, %r9
	addq	%rdx, %rcx
	cmpq	%r10, %rax
	jne	.L45
	addl	$1, %ebx
	addq	$3204, %rsi
	addq	$3200, %r11
	cmpl	%ebx, %r8d
	jne	.L46
	movl	%ebp, %edx
	movq	%r9, %rsi
	leaq	.LC0(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L16
.L82:
	leaq	76(%rsp), %rdi
	movl	%r8d, (%rsp)
	call	read_u32
	testl	%eax, %eax
	je	.L16
	leaq	72(%rsp), %rdi
	call	read_u32
	testl	%eax, %eax
	je	.L16
	movl	76(%rsp), %eax
	movl	(%rsp), %edi
	leaq	A(%rip), %rbx
	xorl	%ebp, %ebp
	movabsq	$6364136223846793005, %r11
	movl	72(%rsp), %edx
	movabsq	$1442695040888963407, %r9
	salq	$32, %rax
	movq	%rdi, %r8
	leaq	0(,%rdi,4), %r10
	orq	%rdx, %rax
.L31:
	leaq	(%rbx,%r10), %rsi
	movq	%rbx, %rdx
	.p2align 4,,10
	.p2align 3
.L32:
	imulq	%r11, %rax
	addq	$4, %rdx
	addq	%r9, %rax
	movq	%rax, %rcx
	shrq	$32, %rcx
	movl	%ecx, -4(%rdx)
	cmpq	%rsi, %rdx
	jne	.L32
	addl	$1, %ebp
	addq	$3200, %rbx
	cmpl	%ebp, %r8d
	jne	.L31
	leaq	B(%rip), %r14
	xorl	%ebp, %ebp
	movabsq	$6364136223846793005, %r11
	movabsq	$1442695040888963407, %r9
	movq	%r14, %rbx
.L33:
	leaq	(%rbx,%r10), %rsi
	movq	%rbx, %rdx
	.p2align 4,,10
	.p2align 3
.L34:
	imulq	%r11, %rax
	addq	$4, %rdx
	addq	%r9, %rax
	movq	%rax, %rcx
	shrq	$32, %rcx
	movl	%ecx, -4(%rdx)
	cmpq	%rsi, %rdx
	jne	.L34
	addl	$1, %ebp
	addq	$3200, %rbx
	cmpl	%ebp, %r8d
	jne	.L33
	jmp	.L28
.L47:
	xorl	%r12d, %r12d
	jmp	.L44
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.local	C
	.comm	C,2560000,32
	.local	B
	.comm	B,2560000,32
	.local	A
	.comm	A,2560000,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
