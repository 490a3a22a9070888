	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d %d"
.LC1:
	.string	"%lld"
.LC2:
	.string	"%lld\n"
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
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	leaq	.LC0(%rip), %r12
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	movq	%r12, %rdi
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$40, %rsp
	.cfi_def_cfa_offset 96
	leaq	16(%rsp), %rdx
	leaq	12(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	je	.L23
.L12:
	xorl	%eax, %eax
	jmp	.L1
.L23:
	movl	12(%rsp), %eax
	cmpl	$200000, %eax
	ja	.L11
	xorl	%edx, %edx
	movq	%rdx, pre(%rip)
	testl	%eax, %eax
	je	.L5
	leaq	pre(%rip), %r15
	movl	$1, %ebx
	leaq	24(%rsp), %rbp
	leaq	.LC1(%rip), %r13
	leaq	-8(%r15), %r14
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L6:
	movq	24(%rsp), %rax
	addq	(%r14,%rbx,8), %rax
	movq	%rax, (%r15,%rbx,8)
	addq	$1, %rbx
	cmpl	%ebx, 12(%rsp)
	jl	.L5
.L7:
	xorl	%eax, %eax
	movq	%rbp, %rsi
	movq	%r13, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	je	.L6
	jmp	.L12
.L11:
	movl	$1, %eax
.L1:
	addq	$40, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
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
.L5:
	.cfi_restore_state
	movl	16(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 16(%rsp)
	testl	%eax, %eax
	jle	.L12
	leaq	24(%rsp), %rbp
	leaq	20(%rsp), %r13
	leaq	pre(%rip), %rbx
	leaq	.LC2(%rip), %r14
	jmp	.L10
	.p2align 4,,10
	.p2align 3
.L24:
	movl	20(%rsp), %eax
	testl	%eax, %eax
	jle	.L11
	movslq	24(%rsp), %rdx
	cmpl	12(%rsp), %edx
	jg	.L11
	cmpl	%edx, %eax
	jg	.L11
	subl	$1, %eax
	movq	(%rbx,%rdx,8), %rsi
	movq	%r14, %rdi
	cltq
	subq	(%rbx,%rax,8), %rsi
	xorl	%eax, %eax
	call	printf@PLT
	movl	16(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 16(%rsp)
	testl	%eax, %eax
	jle	.L12
.L10:
	xorl	%eax, %eax
	movq	%rbp, %rdx
	movq	%r13, %rsi
	movq	%r12, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	je	.L24
	xorl	%eax, %eax
	jmp	.L1
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	pre
	.comm	pre,1600008,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
