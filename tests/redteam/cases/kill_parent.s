	.file	"kill_parent.c"
	.text
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC1:
	.string	"signal %d: parent %d, pid 1 %d, -1 %d\n"
	.section	.rodata.str1.1,"aMS",@progbits,1
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
.LFB24:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	leaq	.LC1(%rip), %r14
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
	movq	.LC0(%rip), %rax
	movl	$9, 24(%rsp)
	leaq	16(%rsp), %rbp
	leaq	28(%rsp), %r15
	movq	%rax, 16(%rsp)
.L2:
	movl	0(%rbp), %ebx
	addq	$4, %rbp
	call	getppid@PLT
	movl	%eax, %edi
	movl	%ebx, %esi
	call	kill@PLT
	movl	%ebx, %esi
	movl	$1, %edi
	movl	%eax, %r12d
	call	kill@PLT
	movl	%ebx, %esi
	movl	$-1, %edi
	movl	%eax, %r13d
	call	kill@PLT
	movl	%r13d, %r8d
	movl	%r12d, %ecx
	movl	%ebx, %edx
	movq	stderr(%rip), %rdi
	movl	%eax, %r9d
	movq	%r14, %rsi
	xorl	%eax, %eax
	call	fprintf@PLT
	cmpq	%r15, %rbp
	jne	.L2
	xorl	%eax, %eax
	leaq	4(%rsp), %rsi
	leaq	.LC2(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	je	.L13
.L3:
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
.L13:
	.cfi_restore_state
	cmpl	$0, 4(%rsp)
	jle	.L3
	xorl	%ebx, %ebx
	xorl	%r14d, %r14d
	leaq	8(%rsp), %r13
	xorl	%ebp, %ebp
	leaq	.LC3(%rip), %r12
	.p2align 4,,10
	.p2align 3
.L7:
	xorl	%eax, %eax
	movq	%r13, %rsi
	movq	%r12, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L3
	movq	8(%rsp), %rax
	addq	%rax, %rbp
	cmpq	%rax, %rbx
	cmovl	%rax, %rbx
	testl	%r14d, %r14d
	cmove	%rax, %rbx
	addl	$1, %r14d
	cmpl	4(%rsp), %r14d
	jl	.L7
	movq	%rbx, %rdx
	movq	%rbp, %rsi
	leaq	.LC4(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	xorl	%eax, %eax
	jmp	.L1
	.cfi_endproc
.LFE24:
	.size	main, .-main
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC0:
	.long	19
	.long	15
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
