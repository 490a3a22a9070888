	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d %d %llu"
.LC1:
	.string	"%lld"
.LC2:
	.string	"%llu %llu %llu\n"
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
	leaq	48(%rsp), %rcx
	leaq	44(%rsp), %rdx
	leaq	40(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$3, %eax
	jne	.L3
	movl	40(%rsp), %eax
	subl	$1, %eax
	cmpl	$199999, %eax
	jbe	.L31
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
.L31:
	.cfi_restore_state
	leaq	a(%rip), %rbx
	xorl	%r13d, %r13d
	leaq	.LC1(%rip), %r12
	movq	%rbx, %rbp
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L33:
	movl	40(%rsp), %r9d
	addl	$1, %r13d
	addq	$8, %rbp
	cmpl	%r13d, %r9d
	jle	.L32
.L5:
	xorl	%eax, %eax
	movq	%rbp, %rsi
	movq	%r12, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	je	.L33
	jmp	.L3
.L32:
	leal	-1(%r9), %eax
	movq	48(%rsp), %r13
	cltq
	movq	(%rbx,%rax,8), %r14
	subq	a(%rip), %r14
	movq	%r13, %rbp
	addq	$5, %r14
	cmpl	$0, 44(%rsp)
	jle	.L22
	xorl	%edx, %edx
	leaq	56(%rsp), %rax
	movl	$1, %ecx
	xorl	%r15d, %r15d
	movq	%rdx, 24(%rsp)
	xorl	%r10d, %r10d
	movq	%r15, %r13
	movq	%rcx, %r15
	movq	%rax, 8(%rsp)
	movq	%rbp, %rcx
	movq	%r14, 16(%rsp)
	movq	%r10, %r14
.L15:
	testq	%rcx, %rcx
	je	.L34
	movq	%rbp, %rdx
	movq	(%rbx), %rsi
	salq	$13, %rdx
	xorq	%rbp, %rdx
	movq	%rdx, %rax
	shrq	$7, %rax
	xorq	%rdx, %rax
	xorl	%edx, %edx
	movq	%rax, %rbp
	salq	$17, %rbp
	xorq	%rax, %rbp
	movq	%rbp, %rax
	divq	16(%rsp)
	leaq	-2(%rsi,%rdx), %rdi
.L9:
	movl	%r9d, %eax
	xorl	%esi, %esi
	jmp	.L11
	.p2align 4,,10
	.p2align 3
.L12:
	leal	(%rax,%rsi), %edx
	sarl	%edx
	movslq	%edx, %r8
	cmpq	%rdi, (%rbx,%r8,8)
	jl	.L35
	movl	%edx, %eax
.L11:
	cmpl	%esi, %eax
	jg	.L12
	movslq	%esi, %rax
	movq	%rax, %rdx
	addq	%rax, %r13
	imulq	%r15, %rdx
	addq	%rdx, %r14
	cmpl	%esi, %r9d
	jle	.L13
	cmpq	%rdi, (%rbx,%rax,8)
	jne	.L13
	addq	$1, 24(%rsp)
.L13:
	movl	44(%rsp), %r11d
	cmpl	%r15d, %r11d
	jle	.L28
	leaq	1(%r15), %rax
	testq	%rcx, %rcx
	je	.L24
	movq	%r15, %rcx
	movq	a(%rip), %rdi
	movq	%r14, %r10
	movq	%r13, %r15
	movslq	%ecx, %rax
	movl	%ecx, %r8d
	movq	16(%rsp), %r14
	leaq	1(%rax), %r13
	leaq	-2(%rdi), %r12
	subl	%r13d, %r8d
	.p2align 4,,10
	.p2align 3
.L20:
	movq	%rbp, %rdx
	movl	%r9d, %esi
	xorl	%edi, %edi
	salq	$13, %rdx
	xorq	%rbp, %rdx
	movq	%rdx, %rax
	shrq	$7, %rax
	xorq	%rdx, %rax
	xorl	%edx, %edx
	movq	%rax, %rbp
	salq	$17, %rbp
	xorq	%rax, %rbp
	movq	%rbp, %rax
	divq	%r14
	addq	%r12, %rdx
	jmp	.L17
	.p2align 4,,10
	.p2align 3
.L37:
	leal	(%rdi,%rsi), %eax
	sarl	%eax
	movslq	%eax, %rcx
	cmpq	(%rbx,%rcx,8), %rdx
	jg	.L36
	movl	%eax, %esi
.L17:
	cmpl	%esi, %edi
	jl	.L37
	movslq	%edi, %rax
	movq	%r13, %rcx
	imulq	%rax, %rcx
	addq	%rax, %r15
	addq	%rcx, %r10
	cmpl	%edi, %r9d
	jle	.L19
	cmpq	(%rbx,%rax,8), %rdx
	jne	.L19
	addq	$1, 24(%rsp)
	.p2align 4,,10
	.p2align 3
.L19:
	addq	$1, %r13
	leal	(%r8,%r13), %eax
	cmpl	%eax, %r11d
	jg	.L20
.L6:
	movq	24(%rsp), %rdx
	movq	%r10, %rcx
	movq	%r15, %rsi
	xorl	%eax, %eax
	leaq	.LC2(%rip), %rdi
	call	printf@PLT
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L36:
	leal	1(%rax), %edi
	jmp	.L17
.L34:
	movq	8(%rsp), %rsi
	xorl	%eax, %eax
	movq	%r12, %rdi
	movq	%rcx, (%rsp)
	call	__isoc99_scanf@PLT
	subl	$1, %eax
	jne	.L3
	movq	56(%rsp), %rdi
	movl	40(%rsp), %r9d
	movq	(%rsp), %rcx
	jmp	.L9
.L35:
	leal	1(%rdx), %esi
	jmp	.L11
.L24:
	movq	48(%rsp), %rcx
	movq	%rax, %r15
	jmp	.L15
.L28:
	movq	%r13, %r15
	movq	%r14, %r10
	jmp	.L6
.L22:
	xorl	%eax, %eax
	xorl	%r10d, %r10d
	xorl	%r15d, %r15d
	movq	%rax, 24(%rsp)
	jmp	.L6
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.local	a
	.comm	a,1600000,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
