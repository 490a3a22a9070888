	.file	"perf_event.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"the call succeeded"
.LC1:
	.string	"perf_event"
.LC2:
	.string	"LEAK %s %s\n"
.LC3:
	.string	"%d"
.LC4:
	.string	"%lld"
.LC5:
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
	movl	$256, %esi
	movl	$1, %edi
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
	call	calloc@PLT
	xorl	%r9d, %r9d
	xorl	%edx, %edx
	movl	$-1, %r8d
	movq	%rax, %rsi
	movl	$-1, %ecx
	xorl	%eax, %eax
	movl	$298, %edi
	call	syscall@PLT
	testq	%rax, %rax
	jns	.L12
	xorl	%eax, %eax
	leaq	4(%rsp), %rsi
	leaq	.LC3(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L3
	cmpl	$0, 4(%rsp)
	jle	.L3
	xorl	%ebx, %ebx
	xorl	%r14d, %r14d
	leaq	8(%rsp), %r13
	xorl	%ebp, %ebp
	leaq	.LC4(%rip), %r12
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L4:
	movq	8(%rsp), %rax
	addq	%rax, %rbp
	cmpq	%rax, %rbx
	cmovl	%rax, %rbx
	testl	%r14d, %r14d
	cmove	%rax, %rbx
	addl	$1, %r14d
	cmpl	4(%rsp), %r14d
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
	addq	$16, %rsp
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
	leaq	.LC5(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	xorl	%eax, %eax
	jmp	.L1
.L12:
	leaq	.LC2(%rip), %rdi
	leaq	.LC0(%rip), %rdx
	xorl	%eax, %eax
	leaq	.LC1(%rip), %rsi
	call	printf@PLT
	xorl	%edi, %edi
	call	exit@PLT
	.cfi_endproc
.LFE25:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
