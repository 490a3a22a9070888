	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%llu %llu"
.LC2:
	.string	"%llu %d\n"
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
	jne	.L4
	movl	12(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 12(%rsp)
	testl	%eax, %eax
	jle	.L4
	leaq	24(%rsp), %r12
	leaq	16(%rsp), %rbp
	leaq	.LC1(%rip), %rbx
	leaq	.LC2(%rip), %r13
	.p2align 4,,10
	.p2align 3
.L12:
	xorl	%eax, %eax
	movq	%r12, %rdx
	movq	%rbp, %rsi
	movq	%rbx, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L4
	movq	16(%rsp), %r8
	movq	24(%rsp), %rdi
	movl	$-1, %esi
	movq	%r8, %rcx
	cmpq	%r8, %rdi
	jb	.L6
	.p2align 4,,10
	.p2align 3
.L5:
	movq	%rcx, %rax
	xorl	%edx, %edx
	cmpq	$1, %rcx
	je	.L9
	.p2align 4,,10
	.p2align 3
.L10:
	testb	$1, %al
	je	.L7
	leaq	1(%rax,%rax,2), %rax
	addl	$1, %edx
	cmpq	$1, %rax
	jne	.L10
.L9:
	cmpl	%edx, %esi
	jge	.L11
	movl	%edx, %esi
	movq	%rcx, %r8
.L11:
	addq	$1, %rcx
	cmpq	%rcx, %rdi
	jnb	.L5
.L6:
	movl	%esi, %edx
	movq	%r13, %rdi
	movq	%r8, %rsi
	xorl	%eax, %eax
	call	printf@PLT
	movl	12(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 12(%rsp)
	testl	%eax, %eax
	jg	.L12
.L4:
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
.L7:
	.cfi_restore_state
	shrq	%rax
	addl	$1, %edx
	cmpq	$1, %rax
	jne	.L10
	jmp	.L9
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
