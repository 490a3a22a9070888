	.file	"many_threads.c"
	.text
	.p2align 4
	.type	block, @function
block:
.LFB25:
	.cfi_startproc
	subq	$8, %rsp
	.cfi_def_cfa_offset 16
	.p2align 4,,10
	.p2align 3
.L2:
	call	pause@PLT
	jmp	.L2
	.cfi_endproc
.LFE25:
	.size	block, .-block
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"created %d threads\n"
.LC1:
	.string	"%d"
.LC2:
	.string	"threads"
.LC3:
	.string	"LEAK %s %s\n"
.LC4:
	.string	"%lld"
.LC5:
	.string	"%lld %lld\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB26:
	.cfi_startproc
	pushq	%r14
	.cfi_def_cfa_offset 16
	.cfi_offset 14, -16
	pushq	%r13
	.cfi_def_cfa_offset 24
	.cfi_offset 13, -24
	pushq	%r12
	.cfi_def_cfa_offset 32
	.cfi_offset 12, -32
	leaq	block(%rip), %r12
	pushq	%rbp
	.cfi_def_cfa_offset 40
	.cfi_offset 6, -40
	pushq	%rbx
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
	xorl	%ebx, %ebx
	subq	$112, %rsp
	.cfi_def_cfa_offset 160
	leaq	48(%rsp), %rbp
	leaq	8(%rsp), %r13
	movq	%rbp, %rdi
	call	pthread_attr_init@PLT
	movl	$65536, %esi
	movq	%rbp, %rdi
	call	pthread_attr_setstacksize@PLT
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L8:
	addl	$1, %ebx
	cmpl	$10000, %ebx
	je	.L7
.L6:
	xorl	%ecx, %ecx
	movq	%r12, %rdx
	movq	%rbp, %rsi
	movq	%r13, %rdi
	call	pthread_create@PLT
	testl	%eax, %eax
	je	.L8
	movq	stderr(%rip), %rdi
	xorl	%eax, %eax
	movl	%ebx, %edx
	leaq	.LC0(%rip), %rsi
	call	fprintf@PLT
	cmpl	$64, %ebx
	jg	.L15
	xorl	%eax, %eax
	leaq	4(%rsp), %rsi
	leaq	.LC1(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L10
	cmpl	$0, 4(%rsp)
	jle	.L10
	xorl	%ebx, %ebx
	xorl	%r14d, %r14d
	leaq	16(%rsp), %r13
	xorl	%ebp, %ebp
	leaq	.LC4(%rip), %r12
	jmp	.L14
	.p2align 4,,10
	.p2align 3
.L11:
	movq	16(%rsp), %rax
	addq	%rax, %rbp
	cmpq	%rax, %rbx
	cmovl	%rax, %rbx
	testl	%r14d, %r14d
	cmove	%rax, %rbx
	addl	$1, %r14d
	cmpl	4(%rsp), %r14d
	jge	.L19
.L14:
	xorl	%eax, %eax
	movq	%r13, %rsi
	movq	%r12, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	je	.L11
.L10:
	movl	$1, %eax
.L5:
	addq	$112, %rsp
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
.L19:
	.cfi_restore_state
	movq	%rbx, %rdx
	movq	%rbp, %rsi
	leaq	.LC5(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	xorl	%eax, %eax
	jmp	.L5
.L7:
	movq	stderr(%rip), %rdi
	movl	$10000, %edx
	leaq	.LC0(%rip), %rsi
	xorl	%eax, %eax
	call	fprintf@PLT
.L15:
	leaq	16(%rsp), %rbp
	movl	%ebx, %ecx
	leaq	.LC1(%rip), %rdx
	xorl	%eax, %eax
	movl	$32, %esi
	movq	%rbp, %rdi
	call	snprintf@PLT
	leaq	.LC3(%rip), %rdi
	movq	%rbp, %rdx
	xorl	%eax, %eax
	leaq	.LC2(%rip), %rsi
	call	printf@PLT
	xorl	%edi, %edi
	call	exit@PLT
	.cfi_endproc
.LFE26:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
