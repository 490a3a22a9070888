	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%u"
.LC2:
	.string	"%llu\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB12:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	xorl	%eax, %eax
	leaq	.LC0(%rip), %rdi
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	subq	$16, %rsp
	.cfi_def_cfa_offset 48
	leaq	8(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L3
	movl	8(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 8(%rsp)
	testl	%eax, %eax
	jle	.L3
	leaq	12(%rsp), %r12
	leaq	.LC1(%rip), %rbp
	leaq	.LC2(%rip), %rbx
.L16:
	xorl	%eax, %eax
	movq	%r12, %rsi
	movq	%rbp, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L3
	movl	12(%rsp), %r9d
	cmpl	$3000, %r9d
	jbe	.L6
	movl	$3000, 12(%rsp)
	movl	$3000, %r9d
.L7:
	movl	$1, %r8d
	xorl	%edi, %edi
	.p2align 4,,10
	.p2align 3
.L9:
	movl	$1, %esi
	.p2align 4,,10
	.p2align 3
.L15:
	movl	%esi, %edx
	movl	%r8d, %eax
	testl	%esi, %esi
	je	.L27
	.p2align 4,,10
	.p2align 3
.L10:
	movl	%edx, %ecx
	xorl	%edx, %edx
	divl	%ecx
	movl	%ecx, %eax
	testl	%edx, %edx
	jne	.L10
	addl	$1, %esi
	addq	%rax, %rdi
	cmpl	%esi, %r9d
	jnb	.L15
	addl	$1, %r8d
	cmpl	%r8d, %r9d
	jnb	.L9
.L8:
	movq	%rdi, %rsi
	xorl	%eax, %eax
	movq	%rbx, %rdi
	call	printf@PLT
	movl	8(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 8(%rsp)
	testl	%eax, %eax
	jg	.L16
.L3:
	addq	$16, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 32
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L27:
	.cfi_restore_state
	movl	%r8d, %eax
	movl	$1, %esi
	addq	%rax, %rdi
	jmp	.L15
.L6:
	xorl	%edi, %edi
	testl	%r9d, %r9d
	jne	.L7
	jmp	.L8
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
