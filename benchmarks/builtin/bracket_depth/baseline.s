	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%d %1048576s"
.LC2:
	.string	"%d %d\n"
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
	leaq	24(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L31
	movl	24(%rsp), %r12d
	xorl	%r13d, %r13d
	leal	-1(%r12), %eax
	movl	%eax, 24(%rsp)
	testl	%r12d, %r12d
	je	.L3
	xorl	%r12d, %r12d
	movl	%r13d, 8(%rsp)
	leaq	t(%rip), %r14
	leaq	28(%rsp), %r15
	movl	%r12d, 12(%rsp)
	leaq	1(%r14), %rbp
	leaq	st(%rip), %rbx
.L21:
	xorl	%eax, %eax
	movq	%r14, %rdx
	leaq	.LC1(%rip), %rdi
	movq	%r15, %rsi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L31
	movq	%r14, %rdi
	call	strlen@PLT
	movl	28(%rsp), %r9d
	xorl	%r8d, %r8d
	xorl	%ecx, %ecx
	movl	%eax, %edx
	testl	%r9d, %r9d
	jle	.L6
	testl	%eax, %eax
	je	.L43
	leal	-1(%rax), %esi
	xorl	%ecx, %ecx
	xorl	%edx, %edx
	movl	$91, %r11d
	addq	%rbp, %rsi
	movl	$40, %r10d
.L17:
	leaq	t(%rip), %rax
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L50:
	cmpb	$40, %dil
	je	.L27
	cmpb	$41, %dil
	je	.L11
	cmpb	$93, %dil
	je	.L11
	cmpb	$125, %dil
	je	.L48
.L10:
	addq	$1, %rax
	cmpq	%rsi, %rax
	je	.L49
.L13:
	movzbl	(%rax), %edi
	movl	%edi, %r12d
	andl	$-33, %r12d
	cmpb	$91, %r12b
	jne	.L50
.L27:
	cmpl	$16777216, %edx
	je	.L9
	leal	1(%rdx), %r12d
	movb	%dil, (%rbx,%rdx)
	cmpl	%r12d, %ecx
	movslq	%r12d, %rdx
	cmovl	%r12d, %ecx
	addq	$1, %rax
	cmpq	%rsi, %rax
	jne	.L13
.L49:
	addl	$1, %r8d
	cmpl	%r8d, %r9d
	jne	.L17
	movl	$1, %eax
.L15:
	testl	%edx, %edx
	jne	.L20
	testb	%al, %al
	je	.L20
.L6:
	movl	8(%rsp), %eax
	addl	$1, 12(%rsp)
	cmpl	%ecx, %eax
	cmovge	%eax, %ecx
	movl	24(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%ecx, 8(%rsp)
	movl	%edx, 24(%rsp)
	testl	%eax, %eax
	jne	.L21
.L52:
	movl	12(%rsp), %r12d
	movl	8(%rsp), %r13d
.L3:
	movl	%r13d, %edx
	movl	%r12d, %esi
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
.L31:
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
.L43:
	.cfi_restore_state
	addl	$1, %r8d
	cmpl	%r9d, %r8d
	jne	.L43
	xorl	%ecx, %ecx
	movl	$1, %eax
	jmp	.L15
	.p2align 4,,10
	.p2align 3
.L11:
	cmpb	$41, %dil
	movl	%r10d, %r12d
	cmovne	%r11d, %r12d
	testl	%edx, %edx
	je	.L9
.L51:
	leal	-1(%rdx), %edi
	movslq	%edi, %r13
	cmpb	%r12b, (%rbx,%r13)
	jne	.L9
	movslq	%edi, %rdx
	jmp	.L10
	.p2align 4,,10
	.p2align 3
.L48:
	movl	$123, %r12d
	testl	%edx, %edx
	jne	.L51
	.p2align 4,,10
	.p2align 3
.L9:
	addl	$1, %r8d
	xorl	%eax, %eax
	cmpl	%r9d, %r8d
	je	.L15
.L20:
	movl	24(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 24(%rsp)
	testl	%eax, %eax
	jne	.L21
	jmp	.L52
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	st
	.comm	st,16777216,32
	.local	t
	.comm	t,1048577,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
