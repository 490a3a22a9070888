	.file	"fork_work.c"
	.text
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
	pushq	%rbx
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
	subq	$16, %rsp
	.cfi_def_cfa_offset 64
	call	fork@PLT
	testl	%eax, %eax
	je	.L18
	movl	%eax, %ebp
	testl	%eax, %eax
	js	.L11
	xorl	%edx, %edx
	leaq	8(%rsp), %rsi
	movl	%eax, %edi
	call	waitpid@PLT
	cmpl	%ebp, %eax
	jne	.L11
	movl	8(%rsp), %eax
	testb	$127, %al
	jne	.L12
	movzbl	%ah, %eax
	jmp	.L1
.L11:
	movl	$2, %eax
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
.L12:
	.cfi_restore_state
	movl	$3, %eax
	jmp	.L1
.L18:
	movl	%eax, %ebx
	leaq	4(%rsp), %rsi
	leaq	.LC0(%rip), %rdi
	xorl	%eax, %eax
	call	__isoc99_scanf@PLT
	subl	$1, %eax
	je	.L19
.L3:
	movl	$1, %ebx
.L6:
	movl	%ebx, %edi
	call	exit@PLT
.L19:
	cmpl	$0, 4(%rsp)
	jle	.L3
	xorl	%r12d, %r12d
	xorl	%ebp, %ebp
	leaq	.LC1(%rip), %r14
	xorl	%r13d, %r13d
	jmp	.L4
.L8:
	xorl	%eax, %eax
	leaq	8(%rsp), %rsi
	movq	%r14, %rdi
	call	__isoc99_scanf@PLT
	subl	$1, %eax
	jne	.L3
	movq	8(%rsp), %rax
	addq	%rax, %r13
	testl	%r12d, %r12d
	je	.L7
	cmpq	%rbp, %rax
	cmovl	%rbp, %rax
.L7:
	addl	$1, %r12d
	movq	%rax, %rbp
.L4:
	cmpl	4(%rsp), %r12d
	jl	.L8
	movq	%rbp, %rdx
	movq	%r13, %rsi
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L6
	.cfi_endproc
.LFE24:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
