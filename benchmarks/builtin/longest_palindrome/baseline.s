	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%30000s"
.LC2:
	.string	"%d %d %lld\n"
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
	leaq	12(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L16
	movl	12(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 12(%rsp)
	testl	%eax, %eax
	je	.L16
	leaq	s(%rip), %r12
	leaq	.LC1(%rip), %rbx
	leaq	.LC2(%rip), %rbp
	.p2align 4,,10
	.p2align 3
.L12:
	xorl	%eax, %eax
	movq	%r12, %rsi
	movq	%rbx, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L16
	movq	%r12, %rdi
	call	strlen@PLT
	movl	%eax, %esi
	addl	%eax, %eax
	leal	-1(%rax), %r11d
	cmpl	$1, %eax
	jle	.L13
	xorl	%edi, %edi
	xorl	%r8d, %r8d
	xorl	%r10d, %r10d
	xorl	%r9d, %r9d
	.p2align 4,,10
	.p2align 3
.L11:
	movl	%edi, %edx
	movl	%edi, %eax
	sarl	%edx
	andl	$1, %eax
	addl	%edx, %eax
	cmpl	%eax, %esi
	jle	.L6
	movslq	%edx, %r13
	movslq	%eax, %rcx
	addq	%r12, %r13
	addq	%r12, %rcx
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L10:
	addl	$1, %eax
	subq	$1, %r13
	addq	$1, %rcx
	subl	$1, %edx
	js	.L23
	cmpl	%eax, %esi
	jle	.L23
.L7:
	movzbl	(%rcx), %r14d
	cmpb	%r14b, 0(%r13)
	je	.L10
.L23:
	subl	%edx, %eax
	movl	%eax, %r13d
	leal	-1(%rax), %ecx
	shrl	$31, %r13d
	addl	%r13d, %eax
	sarl	%eax
	cltq
	addq	%rax, %r8
	cmpl	%r9d, %ecx
	jle	.L6
	leal	1(%rdx), %r10d
	movl	%ecx, %r9d
.L6:
	addl	$1, %edi
	cmpl	%r11d, %edi
	jne	.L11
.L4:
	movl	%r10d, %edx
	movq	%r8, %rcx
	movl	%r9d, %esi
	movq	%rbp, %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	12(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 12(%rsp)
	testl	%eax, %eax
	jne	.L12
.L16:
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
.L13:
	.cfi_restore_state
	xorl	%r8d, %r8d
	xorl	%r10d, %r10d
	xorl	%r9d, %r9d
	jmp	.L4
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	s
	.comm	s,30001,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
