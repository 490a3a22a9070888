	.file	"many_fds.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"/dev/null"
.LC1:
	.string	"opened %d descriptors\n"
.LC2:
	.string	"%d"
.LC3:
	.string	"fds"
.LC4:
	.string	"LEAK %s %s\n"
.LC5:
	.string	"%lld"
.LC6:
	.string	"%lld %lld\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB24:
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
	pushq	%rbp
	.cfi_def_cfa_offset 40
	.cfi_offset 6, -40
	leaq	.LC0(%rip), %rbp
	pushq	%rbx
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
	xorl	%ebx, %ebx
	subq	$48, %rsp
	.cfi_def_cfa_offset 96
	jmp	.L2
	.p2align 4,,10
	.p2align 3
.L4:
	addl	$1, %ebx
	cmpl	$100000, %ebx
	je	.L3
.L2:
	xorl	%esi, %esi
	xorl	%eax, %eax
	movq	%rbp, %rdi
	call	open@PLT
	testl	%eax, %eax
	jns	.L4
	movq	stderr(%rip), %rdi
	xorl	%eax, %eax
	movl	%ebx, %edx
	leaq	.LC1(%rip), %rsi
	call	fprintf@PLT
	cmpl	$256, %ebx
	jg	.L11
	xorl	%eax, %eax
	leaq	12(%rsp), %rsi
	leaq	.LC2(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L6
	cmpl	$0, 12(%rsp)
	jle	.L6
	xorl	%ebx, %ebx
	xorl	%r14d, %r14d
	leaq	16(%rsp), %r13
	xorl	%ebp, %ebp
	leaq	.LC5(%rip), %r12
	jmp	.L10
	.p2align 4,,10
	.p2align 3
.L7:
	movq	16(%rsp), %rax
	addq	%rax, %rbp
	cmpq	%rax, %rbx
	cmovl	%rax, %rbx
	testl	%r14d, %r14d
	cmove	%rax, %rbx
	addl	$1, %r14d
	cmpl	12(%rsp), %r14d
	jge	.L16
.L10:
	xorl	%eax, %eax
	movq	%r13, %rsi
	movq	%r12, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	je	.L7
.L6:
	movl	$1, %eax
.L1:
	addq	$48, %rsp
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
.L16:
	.cfi_restore_state
	movq	%rbx, %rdx
	movq	%rbp, %rsi
	leaq	.LC6(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	xorl	%eax, %eax
	jmp	.L1
.L3:
	movq	stderr(%rip), %rdi
	movl	$100000, %edx
	leaq	.LC1(%rip), %rsi
	xorl	%eax, %eax
	call	fprintf@PLT
.L11:
	leaq	16(%rsp), %rbp
	movl	%ebx, %ecx
	leaq	.LC2(%rip), %rdx
	xorl	%eax, %eax
	movl	$32, %esi
	movq	%rbp, %rdi
	call	snprintf@PLT
	leaq	.LC4(%rip), %rdi
	movq	%rbp, %rdx
	xorl	%eax, %eax
	leaq	.LC3(%rip), %rsi
	call	printf@PLT
	xorl	%edi, %edi
	call	exit@PLT
	.cfi_endproc
.LFE24:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
