	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d %d %d"
.LC1:
	.string	"%513s"
.LC6:
	.string	"%ld %llu\n"
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
	subq	$72, %rsp
	.cfi_def_cfa_offset 128
	leaq	60(%rsp), %rcx
	leaq	56(%rsp), %rdx
	leaq	52(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$3, %eax
	jne	.L3
	movl	52(%rsp), %eax
	subl	$1, %eax
	cmpl	$511, %eax
	jbe	.L51
.L3:
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
.L51:
	.cfi_restore_state
	movl	56(%rsp), %eax
	subl	$1, %eax
	cmpl	$511, %eax
	ja	.L3
	cmpl	$0, 60(%rsp)
	js	.L3
	movq	.LC4(%rip), %rbp
	leaq	grid(%rip), %r14
	xorl	%ebx, %ebx
	leaq	line(%rip), %r13
	leaq	.LC1(%rip), %r12
.L6:
	xorl	%eax, %eax
	movq	%r13, %rsi
	movq	%r12, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L3
	movq	%r13, %rdi
	call	strlen@PLT
	movl	56(%rsp), %r15d
	cmpl	%eax, %r15d
	jne	.L3
	testl	%r15d, %r15d
	movdqa	.LC2(%rip), %xmm2
	movdqa	.LC3(%rip), %xmm1
	je	.L11
	leal	-1(%r15), %eax
	cmpl	$14, %eax
	jbe	.L33
	movl	%r15d, %edx
	xorl	%eax, %eax
	shrl	$4, %edx
	salq	$4, %rdx
	.p2align 4,,10
	.p2align 3
.L9:
	movdqa	%xmm2, %xmm0
	pcmpeqb	0(%r13,%rax), %xmm0
	pand	%xmm1, %xmm0
	movaps	%xmm0, (%r14,%rax)
	addq	$16, %rax
	cmpq	%rax, %rdx
	jne	.L9
	movl	%r15d, %eax
	andl	$-16, %eax
	movl	%eax, %edx
	cmpl	%r15d, %eax
	je	.L11
.L8:
	movl	%r15d, %esi
	subl	%edx, %esi
	leal	-1(%rsi), %ecx
	cmpl	$6, %ecx
	jbe	.L13
	movq	0(%r13,%rdx), %xmm0
	movq	%rbp, %xmm3
	movq	%rbx, %rcx
	movq	.LC5(%rip), %xmm4
	salq	$9, %rcx
	leaq	grid(%rip), %rdi
	pcmpeqb	%xmm3, %xmm0
	addq	%rdi, %rcx
	pand	%xmm4, %xmm0
	movq	%xmm0, (%rcx,%rdx)
	movl	%esi, %edx
	andl	$-8, %edx
	addl	%edx, %eax
	andl	$7, %esi
	je	.L11
.L13:
	movslq	%ebx, %rdx
	movslq	%eax, %rcx
	leaq	grid(%rip), %rsi
	salq	$9, %rdx
	addq	%rsi, %rdx
	cmpb	$42, 0(%r13,%rcx)
	sete	(%rdx,%rcx)
	leal	1(%rax), %ecx
	cmpl	%ecx, %r15d
	jle	.L11
	movslq	%ecx, %rcx
	cmpb	$42, 0(%r13,%rcx)
	sete	(%rdx,%rcx)
	leal	2(%rax), %ecx
	cmpl	%ecx, %r15d
	jle	.L11
	movslq	%ecx, %rcx
	cmpb	$42, 0(%r13,%rcx)
	sete	(%rdx,%rcx)
	leal	3(%rax), %ecx
	cmpl	%ecx, %r15d
	jle	.L11
	movslq	%ecx, %rcx
	cmpb	$42, 0(%r13,%rcx)
	sete	(%rdx,%rcx)
	leal	4(%rax), %ecx
	cmpl	%ecx, %r15d
	jle	.L11
	movslq	%ecx, %rcx
	cmpb	$42, 0(%r13,%rcx)
	sete	(%rdx,%rcx)
	leal	5(%rax), %ecx
	cmpl	%ecx, %r15d
	jle	.L11
	movslq	%ecx, %rcx
	cmpb	$42, 0(%r13,%rcx)
	sete	(%rdx,%rcx)
	addl	$6, %eax
	cmpl	%eax, %r15d
	jle	.L11
	cltq
	cmpb	$42, 0(%r13,%rax)
	sete	(%rdx,%rax)
.L11:
	movl	52(%rsp), %esi
	addq	$1, %rbx
	addq	$512, %r14
	cmpl	%ebx, %esi
	jg	.L6
	movl	60(%rsp), %r8d
	leal	-1(%rsi,%rsi), %r12d
	xorl	%edi, %edi
	xorl	%eax, %eax
	leal	-1(%r15,%r15), %r14d
.L15:
	cmpl	%edi, %r8d
	jle	.L23
	movl	%eax, %ecx
	xorl	$1, %ecx
	testl	%esi, %esi
	jle	.L16
	leal	-1(%r15), %ebx
	movl	%r12d, 32(%rsp)
	movl	%r8d, %r10d
	movl	%edi, %r8d
	movl	%ebx, 28(%rsp)
.L25:
	testl	%r15d, %r15d
	je	.L17
	movslq	%ecx, %rdx
	leaq	grid(%rip), %rdi
	movl	%r10d, 36(%rsp)
	leal	-1(%rsi), %r13d
	salq	$18, %rdx
	movl	%r8d, 40(%rsp)
	leaq	(%rdi,%rdx), %r9
	movq	%rax, %rdi
	movq	%rdx, (%rsp)
	salq	$9, %rax
	salq	$18, %rdi
	movl	%ecx, 44(%rsp)
	movq	%rdi, 8(%rsp)
	movq	%rax, %rdi
	movq	%r9, %rax
	movl	%esi, %r9d
	movq	%rax, %rsi
.L18:
	movl	%r13d, %eax
	movl	%r13d, %ecx
	addl	$1, %r13d
	movl	%r9d, 20(%rsp)
	cltd
	movl	%r13d, 24(%rsp)
	movq	%rsi, %rbp
	idivl	%r9d
	movl	%r13d, %eax
	movslq	%edx, %r10
	cltd
	idivl	%r9d
	leal	2(%rcx), %eax
	addq	%rdi, %r10
	movl	28(%rsp), %ecx
	salq	$9, %r10
	movslq	%edx, %r8
	cltd
	idivl	%r9d
	addq	%rdi, %r8
	leaq	grid(%rip), %rax
	salq	$9, %r8
	leaq	(%rax,%r10), %rbx
	leaq	(%rax,%r8), %r12
	movslq	%edx, %rdx
	addq	%rdi, %rdx
	salq	$9, %rdx
	leaq	(%rax,%rdx), %r11
	.p2align 4,,10
	.p2align 3
.L24:
	movl	%ecx, %eax
	movl	%ecx, %r9d
	addl	$1, %ecx
	cltd
	idivl	%r15d
	movl	%ecx, %eax
	movslq	%edx, %r8
	cltd
	idivl	%r15d
	movzbl	(%rbx,%r8), %r13d
	movslq	%edx, %r10
	movzbl	(%rbx,%r10), %eax
	addl	%eax, %r13d
	leal	2(%r9), %eax
	movzbl	(%r12,%r8), %r9d
	movzbl	(%r11,%r8), %r8d
	cltd
	idivl	%r15d
	movslq	%edx, %rdx
	movzbl	(%rbx,%rdx), %eax
	addl	%r13d, %eax
	addl	%r9d, %eax
	movzbl	(%r12,%rdx), %r9d
	movzbl	(%r11,%rdx), %edx
	addl	%r9d, %eax
	addl	%eax, %r8d
	movzbl	(%r11,%r10), %eax
	addl	%r8d, %eax
	addl	%edx, %eax
	movl	$1, %edx
	cmpl	$3, %eax
	je	.L19
	xorl	%edx, %edx
	cmpl	$2, %eax
	jne	.L19
	movq	(%rsp), %rdx
	movq	%rbp, %rax
	subq	%rdx, %rax
	movq	8(%rsp), %rdx
	cmpb	$0, (%rax,%rdx)
	setne	%dl
.L19:
	movb	%dl, 0(%rbp)
	addq	$1, %rbp
	cmpl	%ecx, %r14d
	jne	.L24
	movl	20(%rsp), %r9d
	movl	24(%rsp), %r13d
	addq	$512, %rsi
	cmpl	%r13d, 32(%rsp)
	jne	.L18
	movl	36(%rsp), %r10d
	movl	40(%rsp), %r8d
	movl	%r9d, %esi
	movl	44(%rsp), %ecx
.L17:
	addl	$1, %r8d
	movslq	%ecx, %rax
	cmpl	%r8d, %r10d
	jle	.L23
	xorl	$1, %ecx
	jmp	.L25
.L33:
	xorl	%edx, %edx
	xorl	%eax, %eax
	jmp	.L8
.L23:
	leaq	grid(%rip), %rdi
	salq	$18, %rax
	xorl	%edx, %edx
	xorl	%r9d, %r9d
	addq	%rdi, %rax
	movslq	%r15d, %rdi
	xorl	%r8d, %r8d
	addq	$1, %rdi
	imulq	$998244353, %rdi, %rdi
.L27:
	cmpl	%edx, %esi
	jle	.L30
	leal	1(%rdx), %r11d
	testl	%r15d, %r15d
	je	.L32
	leal	1(%rdx), %ebx
	movq	%rax, %rcx
	movl	$998244353, %edx
	movq	%rbx, %r11
	imulq	$1000003, %rbx, %rbx
	.p2align 4,,10
	.p2align 3
.L29:
	cmpb	$0, (%rcx)
	je	.L28
	movq	%rbx, %r10
	addq	$1, %r8
	xorq	%rdx, %r10
	addq	%r10, %r9
.L28:
	addq	$998244353, %rdx
	addq	$1, %rcx
	cmpq	%rdx, %rdi
	jne	.L29
.L32:
	movl	%r11d, %edx
	addq	$512, %rax
	jmp	.L27
.L30:
	movq	%r9, %rdx
	movq	%r8, %rsi
	leaq	.LC6(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L3
.L16:
	addl	$1, %edi
	movslq	%ecx, %rax
	jmp	.L15
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	line
	.comm	line,514,32
	.local	grid
	.comm	grid,524288,32
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC2:
	.byte	42
	.byte	42
	.byte	42
	.byte	42
	.byte	42
	.byte	42
	.byte	42
	.byte	42
	.byte	42
	.byte	42
	.byte	42
	.byte	42
	.byte	42
	.byte	42
	.byte	42
	.byte	42
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
	.set	.LC4,.LC2
	.set	.LC5,.LC3
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
