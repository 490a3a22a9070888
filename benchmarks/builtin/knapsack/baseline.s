	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d %d"
.LC1:
	.string	"%d %lld"
.LC2:
	.string	"%lld %d\n"
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
	leaq	16(%rsp), %rdx
	leaq	12(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L2
	movl	12(%rsp), %eax
	testl	%eax, %eax
	js	.L2
	cmpl	$2000000, 16(%rsp)
	jbe	.L19
.L2:
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
.L19:
	.cfi_restore_state
	movl	16(%rsp), %esi
	testl	%eax, %eax
	je	.L3
	leaq	dp(%rip), %r14
	xorl	%r15d, %r15d
	leaq	24(%rsp), %r12
	leaq	20(%rsp), %rbp
	leaq	.LC1(%rip), %rbx
	leaq	-8(%r14), %r13
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L5:
	addl	$1, %r15d
	cmpl	%r15d, 12(%rsp)
	jle	.L3
.L7:
	xorl	%eax, %eax
	movq	%r12, %rdx
	movq	%rbp, %rsi
	movq	%rbx, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L2
	movl	20(%rsp), %edx
	movl	16(%rsp), %esi
	cmpl	%esi, %edx
	jg	.L5
	movl	%esi, %ecx
	movslq	%esi, %r9
	movq	24(%rsp), %r8
	subl	%edx, %ecx
	movq	%r9, %rdx
	leaq	(%r14,%r9,8), %rax
	movl	%ecx, %edi
	movslq	%ecx, %rcx
	subq	%rdi, %rdx
	subq	%r9, %rcx
	leaq	0(%r13,%rdx,8), %rdi
	.p2align 4,,10
	.p2align 3
.L6:
	movq	(%rax,%rcx,8), %rdx
	addq	%r8, %rdx
	cmpq	%rdx, (%rax)
	jge	.L8
	movq	%rdx, (%rax)
.L8:
	subq	$8, %rax
	cmpq	%rdi, %rax
	jne	.L6
	jmp	.L5
.L3:
	leaq	dp(%rip), %rcx
	movslq	%esi, %rdx
	movq	(%rcx,%rdx,8), %rsi
	jmp	.L10
	.p2align 4,,10
	.p2align 3
.L20:
	leaq	-1(%rdx), %rax
	cmpq	%rsi, -8(%rcx,%rdx,8)
	jne	.L9
	movq	%rax, %rdx
.L10:
	testl	%edx, %edx
	jg	.L20
.L9:
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L2
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	dp
	.comm	dp,16000008,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
