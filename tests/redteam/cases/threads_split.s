	.file	"threads_split.c"
	.text
	.p2align 4
	.type	work, @function
work:
.LFB23:
	.cfi_startproc
	movslq	(%rdi), %r9
	movl	4(%rdi), %edx
	movq	$0, 8(%rdi)
	movq	xs(%rip), %r8
	leaq	(%r8,%r9,8), %rax
	movq	(%rax), %rsi
	movq	%rsi, 16(%rdi)
	cmpl	%edx, %r9d
	jge	.L2
	subl	%r9d, %edx
	addq	%r9, %rdx
	leaq	(%r8,%rdx,8), %r8
	xorl	%edx, %edx
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L6:
	movq	16(%rdi), %rsi
.L4:
	addq	(%rax), %rdx
	movq	%rdx, 8(%rdi)
	movq	(%rax), %rcx
	cmpq	%rsi, %rcx
	jle	.L3
	movq	%rcx, 16(%rdi)
.L3:
	addq	$8, %rax
	cmpq	%r8, %rax
	jne	.L6
.L2:
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE23:
	.size	work, .-work
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%lld"
.LC2:
	.string	"%lld %lld\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB24:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	xorl	%eax, %eax
	leaq	.LC0(%rip), %rdi
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	subq	$88, %rsp
	.cfi_def_cfa_offset 112
	leaq	4(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L10
	movslq	4(%rsp), %rdi
	testl	%edi, %edi
	jle	.L10
	salq	$3, %rdi
	xorl	%ebx, %ebx
	leaq	.LC1(%rip), %rbp
	call	malloc@PLT
	movq	%rax, xs(%rip)
	jmp	.L11
	.p2align 4,,10
	.p2align 3
.L17:
	movl	4(%rsp), %ecx
	addq	$1, %rbx
	cmpl	%ebx, %ecx
	jle	.L16
.L11:
	movq	xs(%rip), %rax
	movq	%rbp, %rdi
	leaq	(%rax,%rbx,8), %rsi
	xorl	%eax, %eax
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	je	.L17
	.p2align 4,,10
	.p2align 3
.L10:
	movl	$1, %eax
.L7:
	addq	$88, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
.L16:
	.cfi_restore_state
	xorl	%esi, %esi
	movl	%ecx, %eax
	movl	%esi, 16(%rsp)
	cltd
	movl	$2, %esi
	idivl	%esi
	cmpl	$1, %ecx
	jle	.L12
	movl	%ecx, %edx
	pxor	%xmm0, %xmm0
	xorl	%esi, %esi
	movl	%ecx, 52(%rsp)
	sarl	%edx
	leaq	16(%rsp), %rcx
	leaq	8(%rsp), %rdi
	movl	%eax, 48(%rsp)
	movl	%edx, 20(%rsp)
	leaq	work(%rip), %rdx
	movups	%xmm0, 24(%rsp)
	movups	%xmm0, 56(%rsp)
	call	pthread_create@PLT
	leaq	48(%rsp), %rdi
	call	work
	movq	8(%rsp), %rdi
	xorl	%esi, %esi
	call	pthread_join@PLT
	movq	32(%rsp), %rdx
	movq	64(%rsp), %rax
	movq	56(%rsp), %rsi
	addq	24(%rsp), %rsi
	cmpq	%rax, %rdx
	cmovl	%rax, %rdx
.L13:
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	xorl	%eax, %eax
	jmp	.L7
.L12:
	xorl	%edx, %edx
	pxor	%xmm0, %xmm0
	leaq	48(%rsp), %rdi
	movl	%eax, 48(%rsp)
	movl	%edx, 20(%rsp)
	movl	%ecx, 52(%rsp)
	movups	%xmm0, 24(%rsp)
	movups	%xmm0, 56(%rsp)
	call	work
	movq	56(%rsp), %rsi
	movq	64(%rsp), %rdx
	jmp	.L13
	.cfi_endproc
.LFE24:
	.size	main, .-main
	.local	xs
	.comm	xs,8,8
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
