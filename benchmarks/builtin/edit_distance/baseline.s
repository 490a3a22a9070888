	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC1:
	.string	"%d"
.LC3:
	.string	"%d\n"
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
	movl	$32, %esi
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
	movq	stdin(%rip), %rdx
	leaq	32(%rsp), %rbx
	movq	%rbx, %rdi
	call	fgets@PLT
	testq	%rax, %rax
	je	.L28
	xorl	%eax, %eax
	leaq	28(%rsp), %rdx
	leaq	.LC1(%rip), %rsi
	movq	%rbx, %rdi
	call	__isoc99_sscanf@PLT
	cmpl	$1, %eax
	jne	.L28
	movl	28(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 28(%rsp)
	testl	%eax, %eax
	jle	.L28
	leaq	-1+s(%rip), %rbx
	leaq	-1+t(%rip), %rbp
	leaq	row(%rip), %r15
	.p2align 4,,10
	.p2align 3
.L18:
	movq	stdin(%rip), %rdx
	movl	$4003, %esi
	leaq	s(%rip), %rdi
	call	fgets@PLT
	testq	%rax, %rax
	je	.L23
	leaq	s(%rip), %rdi
	call	strlen@PLT
	movq	%rax, %r12
	testq	%rax, %rax
	jne	.L5
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L7:
	movb	$0, (%rbx,%r12)
	subq	$1, %r12
	testl	%r12d, %r12d
	je	.L6
.L5:
	movzbl	(%rbx,%r12), %eax
	cmpb	$10, %al
	je	.L7
	cmpb	$13, %al
	je	.L7
.L4:
	movq	stdin(%rip), %rdx
	movl	$4003, %esi
	leaq	t(%rip), %rdi
	call	fgets@PLT
	testq	%rax, %rax
	je	.L28
	leaq	t(%rip), %rdi
	call	strlen@PLT
	testq	%rax, %rax
	jne	.L8
	jmp	.L10
	.p2align 4,,10
	.p2align 3
.L11:
	movb	$0, 0(%rbp,%rax)
	subq	$1, %rax
	testl	%eax, %eax
	je	.L10
.L8:
	movzbl	0(%rbp,%rax), %edx
	cmpb	$10, %dl
	je	.L11
	cmpb	$13, %dl
	je	.L11
	cmpl	$4000, %r12d
	ja	.L28
	movslq	%eax, %r13
	cmpl	$4000, %eax
	jg	.L28
	movl	%eax, %ecx
	leal	1(%rax), %esi
	cmpl	$2, %eax
	jle	.L24
	movl	%esi, %edx
	movdqa	.LC0(%rip), %xmm0
	movq	%r15, %r11
	leaq	row(%rip), %rax
	shrl	$2, %edx
	salq	$4, %rdx
	addq	%r15, %rdx
	.p2align 4,,10
	.p2align 3
.L13:
	movdqa	%xmm0, %xmm1
	addq	$16, %rax
	paddd	.LC2(%rip), %xmm0
	movaps	%xmm1, -16(%rax)
	cmpq	%rax, %rdx
	jne	.L13
	testb	$3, %sil
	je	.L14
	movl	%esi, %eax
	andl	$-4, %eax
.L12:
	movslq	%eax, %rdx
	movl	%eax, (%r11,%rdx,4)
	leal	1(%rax), %edx
	cmpl	%r13d, %edx
	jg	.L14
	movslq	%edx, %rsi
	addl	$2, %eax
	movl	%edx, (%r11,%rsi,4)
	cmpl	%eax, %r13d
	jl	.L14
	movslq	%eax, %rdx
	movl	%eax, (%r11,%rdx,4)
.L14:
	testl	%r12d, %r12d
	jle	.L22
	leal	-1(%r12), %eax
	movl	%r13d, 12(%rsp)
	leal	-1(%rcx), %edx
	movl	(%r11), %r8d
	leaq	2(%rax), %r14
	leaq	8+row(%rip), %rax
	movl	$1, %r12d
	leaq	(%rax,%rdx,4), %r10
	movq	%r14, %r9
	.p2align 4,,10
	.p2align 3
.L21:
	movl	12(%rsp), %edx
	movl	%r8d, %esi
	movl	%r12d, (%r11)
	movl	%r12d, %r8d
	movzbl	(%rbx,%r12), %r14d
	testl	%edx, %edx
	je	.L19
	leaq	4+row(%rip), %rcx
	leaq	t(%rip), %rdi
	movl	%r12d, %eax
	.p2align 4,,10
	.p2align 3
.L20:
	xorl	%r13d, %r13d
	cmpb	%r14b, (%rdi)
	movl	%esi, %edx
	movl	(%rcx), %esi
	setne	%r13b
	addl	$1, %eax
	addl	%r13d, %edx
	cmpl	%eax, %edx
	cmovg	%eax, %edx
	leal	1(%rsi), %eax
	cmpl	%eax, %edx
	cmovle	%edx, %eax
	addq	$4, %rcx
	addq	$1, %rdi
	movl	%eax, -4(%rcx)
	cmpq	%r10, %rcx
	jne	.L20
.L19:
	addq	$1, %r12
	cmpq	%r12, %r9
	jne	.L21
	movslq	12(%rsp), %r13
.L22:
	movl	(%r11,%r13,4), %esi
	leaq	.LC3(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	28(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 28(%rsp)
	testl	%eax, %eax
	jg	.L18
.L28:
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
.L6:
	.cfi_restore_state
	xorl	%r12d, %r12d
	jmp	.L4
.L10:
	cmpl	$4000, %r12d
	ja	.L28
	xorl	%eax, %eax
	xorl	%ecx, %ecx
	leaq	row(%rip), %r11
	xorl	%r13d, %r13d
	movl	%eax, row(%rip)
	jmp	.L14
.L23:
	orl	$-1, %r12d
	jmp	.L4
.L24:
	xorl	%eax, %eax
	leaq	row(%rip), %r11
	jmp	.L12
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.local	row
	.comm	row,16004,32
	.local	t
	.comm	t,4003,32
	.local	s
	.comm	s,4003,32
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC0:
	.long	0
	.long	1
	.long	2
	.long	3
	.align 16
.LC2:
	.long	4
	.long	4
	.long	4
	.long	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
