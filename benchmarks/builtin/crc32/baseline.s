	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%d %08x\n"
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
	leaq	12(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	je	.L3
.L2:
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
.L57:
	.cfi_restore_state
	cmpl	$10, %eax
	je	.L26
.L3:
	movq	stdin(%rip), %rdi
	call	getc@PLT
	cmpl	$-1, %eax
	jne	.L57
.L26:
	movq	stdin(%rip), %rcx
	movl	$1048576, %edx
	movl	$1, %esi
	leaq	buf(%rip), %rbx
	movq	%rbx, %rdi
	call	fread@PLT
	movq	%rax, %r9
	testq	%rax, %rax
	je	.L24
	xorl	%r10d, %r10d
	movl	12(%rsp), %r11d
	xorl	%ebp, %ebp
	xorl	%r12d, %r12d
	cmpq	%rax, %r10
	jnb	.L58
.L25:
	movq	%r10, %rdi
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L10:
	cmpq	%r9, %rdi
	jnb	.L11
.L7:
	movzbl	(%rbx,%rdi), %eax
	movq	%rdi, %rdx
	addq	$1, %rdi
	cmpb	$10, %al
	jne	.L10
	movq	%rdx, %rdi
.L11:
	movq	%rdi, %rax
	xorl	%r8d, %r8d
	subq	%r10, %rax
	testl	%r11d, %r11d
	jle	.L55
	testq	%rax, %rax
	je	.L12
	movl	$-1, %edx
	leaq	(%rbx,%rdi), %rsi
	.p2align 4,,10
	.p2align 3
.L22:
	leaq	(%rbx,%r10), %rcx
	.p2align 4,,10
	.p2align 3
.L21:
	movzbl	(%rcx), %eax
	xorl	%eax, %edx
	movl	%edx, %eax
	shrl	%eax
	movl	%eax, %r13d
	xorl	$-306674912, %r13d
	andl	$1, %edx
	cmovne	%r13d, %eax
	movl	%eax, %edx
	shrl	%edx
	movl	%edx, %r13d
	xorl	$-306674912, %r13d
	testb	$1, %al
	cmovne	%r13d, %edx
	movl	%edx, %eax
	shrl	%eax
	movl	%eax, %r13d
	xorl	$-306674912, %r13d
	andl	$1, %edx
	cmovne	%r13d, %eax
	movl	%eax, %edx
	shrl	%edx
	movl	%edx, %r13d
	xorl	$-306674912, %r13d
	testb	$1, %al
	cmovne	%r13d, %edx
	movl	%edx, %eax
	shrl	%eax
	movl	%eax, %r13d
	xorl	$-306674912, %r13d
	andl	$1, %edx
	cmovne	%r13d, %eax
	movl	%eax, %edx
	shrl	%edx
	movl	%edx, %r13d
	xorl	$-306674912, %r13d
	testb	$1, %al
	cmovne	%r13d, %edx
	movl	%edx, %eax
	shrl	%eax
	movl	%eax, %r13d
	xorl	$-306674912, %r13d
	andl	$1, %edx
	cmovne	%r13d, %eax
	movl	%eax, %edx
	shrl	%edx
	movl	%edx, %r13d
	xorl	$-306674912, %r13d
	testb	$1, %al
	cmovne	%r13d, %edx
	addq	$1, %rcx
	cmpq	%rcx, %rsi
	jne	.L21
	addl	$1, %r8d
	cmpl	%r11d, %r8d
	jne	.L22
.L9:
	xorl	%r12d, %edx
	leaq	1(%rdi), %r10
	addl	$1, %ebp
	notl	%edx
	movl	%edx, %r12d
	cmpq	%r9, %r10
	jb	.L25
.L5:
	movl	%r12d, %edx
	movl	%ebp, %esi
	leaq	.LC1(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L2
.L12:
	addl	$1, %r8d
	cmpl	%r11d, %r8d
	jne	.L12
.L55:
	movl	$-1, %edx
	jmp	.L9
.L58:
	xorl	%edi, %edi
	jmp	.L11
.L24:
	xorl	%ebp, %ebp
	xorl	%r12d, %r12d
	jmp	.L5
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.local	buf
	.comm	buf,1048576,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
