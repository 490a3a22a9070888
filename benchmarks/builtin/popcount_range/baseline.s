	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%llu %llu"
.LC2:
	.string	"%llu\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB12:
	.cfi_startproc
	pushq	%r13
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	xorl	%eax, %eax
	leaq	.LC0(%rip), %rdi
	pushq	%r12
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	pushq	%rbp
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	pushq	%rbx
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	subq	$40, %rsp
	.cfi_def_cfa_offset 80
	leaq	12(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L3
	movl	12(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 12(%rsp)
	testl	%eax, %eax
	je	.L3
	leaq	24(%rsp), %r12
	leaq	16(%rsp), %rbp
	leaq	.LC1(%rip), %rbx
	leaq	.LC2(%rip), %r13
	.p2align 4,,10
	.p2align 3
.L10:
	xorl	%eax, %eax
	movq	%r12, %rdx
	movq	%rbp, %rsi
	movq	%rbx, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L3
	movq	16(%rsp), %rsi
	movq	24(%rsp), %rdi
	xorl	%r8d, %r8d
	cmpq	%rsi, %rdi
	jb	.L7
	.p2align 4,,10
	.p2align 3
.L6:
	testq	%rsi, %rsi
	je	.L21
.L9:
	movq	%rsi, %rax
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L8:
	movl	%eax, %ecx
	andl	$1, %ecx
	addl	%ecx, %edx
	shrq	%rax
	jne	.L8
	movslq	%edx, %rdx
	addq	%rdx, %r8
	cmpq	%rsi, %rdi
	je	.L7
	addq	$1, %rsi
	cmpq	%rsi, %rdi
	jnb	.L6
.L7:
	movq	%r8, %rsi
	movq	%r13, %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	12(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 12(%rsp)
	testl	%eax, %eax
	jne	.L10
.L3:
	addq	$40, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 40
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 32
	popq	%rbp
	.cfi_def_cfa_offset 24
	popq	%r12
	.cfi_def_cfa_offset 16
	popq	%r13
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L21:
	.cfi_restore_state
	testq	%rdi, %rdi
	je	.L7
	movl	$1, %esi
	jmp	.L9
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
