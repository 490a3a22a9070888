	.file	"socket_connect.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"connected to 127.0.0.1:47123"
.LC1:
	.string	"LEAK %s %s\n"
.LC2:
	.string	"%d"
.LC3:
	.string	"%lld"
.LC4:
	.string	"%lld %lld\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB25:
	.cfi_startproc
	pushq	%r14
	.cfi_def_cfa_offset 16
	.cfi_offset 14, -16
	xorl	%edx, %edx
	movl	$1, %esi
	movl	$2, %edi
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
	subq	$288, %rsp
	.cfi_def_cfa_offset 336
	call	socket@PLT
	movq	$0, 24(%rsp)
	movl	%eax, %ebx
	movabsq	$72058139829600258, %rax
	movq	%rax, 16(%rsp)
	testl	%ebx, %ebx
	js	.L2
	leaq	16(%rsp), %rsi
	movl	$16, %edx
	movl	%ebx, %edi
	call	connect@PLT
	testl	%eax, %eax
	je	.L12
.L2:
	xorl	%eax, %eax
	leaq	12(%rsp), %rsi
	leaq	.LC2(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L3
	cmpl	$0, 12(%rsp)
	jle	.L3
	xorl	%ebx, %ebx
	xorl	%r14d, %r14d
	leaq	32(%rsp), %r13
	xorl	%ebp, %ebp
	leaq	.LC3(%rip), %r12
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L4:
	movq	32(%rsp), %rax
	addq	%rax, %rbp
	cmpq	%rax, %rbx
	cmovl	%rax, %rbx
	testl	%r14d, %r14d
	cmove	%rax, %rbx
	addl	$1, %r14d
	cmpl	12(%rsp), %r14d
	jge	.L13
.L7:
	xorl	%eax, %eax
	movq	%r13, %rsi
	movq	%r12, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	je	.L4
.L3:
	movl	$1, %eax
.L1:
	addq	$288, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 48
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
	movq	%rbx, %rdx
	movq	%rbp, %rsi
	leaq	.LC4(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	xorl	%eax, %eax
	jmp	.L1
.L12:
	pxor	%xmm0, %xmm0
	leaq	48(%rsp), %rdi
	movl	$60, %ecx
	movl	$255, %edx
	movaps	%xmm0, 32(%rsp)
	leaq	32(%rsp), %rbp
	rep stosl
	movq	%rbp, %rsi
	movl	%ebx, %edi
	call	read@PLT
	leaq	.LC1(%rip), %rdi
	movq	%rbp, %rdx
	xorl	%eax, %eax
	leaq	.LC0(%rip), %rsi
	call	printf@PLT
	xorl	%edi, %edi
	call	exit@PLT
	.cfi_endproc
.LFE25:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
