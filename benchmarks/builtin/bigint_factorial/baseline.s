	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%ld %ld\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB11:
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
	leaq	12(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L2
	movl	%eax, %edi
	movl	12(%rsp), %eax
	cmpl	$40000, %eax
	jbe	.L21
.L2:
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
.L21:
	.cfi_restore_state
	movl	$1, limb(%rip)
	leaq	limb(%rip), %r8
	cmpl	$1, %eax
	jbe	.L3
	leal	1(%rax), %ebp
	movl	$2, %r9d
	movabsq	$19342813113834067, %rbx
	.p2align 4,,10
	.p2align 3
.L4:
	movslq	%edi, %r10
	leaq	limb(%rip), %rsi
	xorl	%edx, %edx
	leaq	(%r8,%r10,4), %r11
	.p2align 4,,10
	.p2align 3
.L5:
	movl	(%rsi), %ecx
	addq	$4, %rsi
	imulq	%r9, %rcx
	addq	%rdx, %rcx
	movq	%rcx, %rdx
	shrq	$9, %rdx
	movq	%rdx, %rax
	mulq	%rbx
	movq	%rcx, %rax
	shrq	$11, %rdx
	imulq	$1000000000, %rdx, %r12
	subq	%r12, %rax
	movl	%eax, -4(%rsi)
	cmpq	%r11, %rsi
	jne	.L5
	cmpq	$999999999, %rcx
	jbe	.L7
	movl	%edx, (%r8,%r10,4)
	addl	$1, %edi
.L7:
	addq	$1, %r9
	cmpq	%rbp, %r9
	jne	.L4
.L3:
	leal	-1(%rdi), %ebx
	xorl	%r11d, %r11d
	movslq	%edi, %rdi
	xorl	%r9d, %r9d
	xorl	%ebp, %ebp
	movl	$3435973837, %r10d
	.p2align 4,,10
	.p2align 3
.L12:
	movl	(%r8,%r11,4), %ecx
	xorl	%esi, %esi
	testl	%ecx, %ecx
	je	.L9
	.p2align 4,,10
	.p2align 3
.L10:
	movl	%ecx, %eax
	movl	%ecx, %r12d
	addl	$1, %esi
	imulq	%r10, %rax
	shrq	$35, %rax
	leal	(%rax,%rax,4), %edx
	addl	%edx, %edx
	subl	%edx, %r12d
	movl	%ecx, %edx
	movl	%eax, %ecx
	addq	%r12, %r9
	cmpl	$9, %edx
	ja	.L10
.L9:
	cmpl	%r11d, %ebx
	je	.L22
.L11:
	addq	$1, %r11
	cmpq	%rdi, %r11
	jne	.L12
	movq	%r9, %rdx
	movq	%rbp, %rsi
	leaq	.LC1(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L2
.L22:
	leaq	(%r11,%r11,8), %rbp
	movslq	%esi, %rsi
	addq	%rsi, %rbp
	jmp	.L11
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	limb
	.comm	limb,80000,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
