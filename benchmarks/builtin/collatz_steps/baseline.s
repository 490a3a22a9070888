	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%llu %llu"
.LC2:
	.string	"%llu %u\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB12:
	.cfi_startproc
	pushq	%r14
	.cfi_def_cfa_offset 16
	.cfi_offset 14, -16
	xorl	%eax, %eax
	leaq	.LC0(%rip), %rdi
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
	subq	$32, %rsp
	.cfi_def_cfa_offset 80
	leaq	12(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L3
	movl	12(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 12(%rsp)
	testl	%eax, %eax
	jle	.L3
	movl	$9765625, %ebx
	leaq	24(%rsp), %r13
	leaq	16(%rsp), %r12
	leaq	.LC1(%rip), %rbp
	salq	$9, %rbx
	leaq	.LC2(%rip), %r14
	.p2align 4,,10
	.p2align 3
.L19:
	xorl	%eax, %eax
	movq	%r13, %rdx
	movq	%r12, %rsi
	movq	%rbp, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L3
	movq	16(%rsp), %rdi
	movq	24(%rsp), %r8
	cmpq	%rdi, %r8
	jb	.L6
	testq	%rdi, %rdi
	je	.L20
	cmpq	%r8, %rbx
	jb	.L21
	xchgq	%rdi, %r8
	.p2align 4,,10
	.p2align 3
.L9:
	movq	%r8, %rcx
	xorl	%esi, %esi
	.p2align 4,,10
	.p2align 3
.L13:
	movq	%rcx, %rax
	xorl	%edx, %edx
	cmpq	$1, %rcx
	je	.L18
	.p2align 4,,10
	.p2align 3
.L17:
	testb	$1, %al
	jne	.L14
	shrq	%rax
	addl	$1, %edx
	cmpq	$1, %rax
	jne	.L17
.L16:
	cmpl	%edx, %esi
	jnb	.L18
	movl	%edx, %esi
	movq	%rcx, %r8
.L18:
	addq	$1, %rcx
	cmpq	%rcx, %rdi
	jnb	.L13
.L12:
	movl	%esi, %edx
	movq	%r14, %rdi
	movq	%r8, %rsi
	xorl	%eax, %eax
	call	printf@PLT
	movl	12(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 12(%rsp)
	testl	%eax, %eax
	jg	.L19
.L3:
	addq	$32, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 48
	xorl	%eax, %eax
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
	.p2align 4,,10
	.p2align 3
.L14:
	.cfi_restore_state
	leaq	1(%rax,%rax,2), %rax
	addl	$1, %edx
	cmpq	$1, %rax
	jne	.L17
	jmp	.L16
.L6:
	movq	%r8, 16(%rsp)
	movq	%rdi, 24(%rsp)
	testq	%r8, %r8
	je	.L7
	cmpq	%rdi, %rbx
	jnb	.L11
.L8:
	movabsq	$5000000000, %rdi
	movq	%rbx, 24(%rsp)
.L11:
	cmpq	%r8, %rdi
	jnb	.L9
	xorl	%esi, %esi
	jmp	.L12
.L20:
	movq	%r8, %rdi
.L7:
	movq	$1, 16(%rsp)
	cmpq	%rdi, %rbx
	jnb	.L22
	movq	%rbx, 24(%rsp)
	movq	%rbx, %rdi
	movl	$1, %r8d
	jmp	.L9
.L22:
	movl	$1, %r8d
	jmp	.L11
.L21:
	movq	%rdi, %r8
	jmp	.L8
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
