	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%ld"
.LC1:
	.string	"%02u%09u%09u"
.LC2:
	.string	"%s %d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB11:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	xorl	%eax, %eax
	leaq	.LC0(%rip), %rdi
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	subq	$56, %rsp
	.cfi_def_cfa_offset 80
	leaq	8(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L34
	movq	8(%rsp), %rbp
	cmpq	$1500000, %rbp
	jbe	.L42
.L34:
	addq	$56, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
.L42:
	.cfi_restore_state
	xorl	%edx, %edx
	leaq	A(%rip), %r10
	movl	$1, B(%rip)
	movl	%edx, A(%rip)
	testq	%rbp, %rbp
	je	.L4
	movl	$1, %ebx
	xorl	%r9d, %r9d
	leaq	B(%rip), %r10
	leaq	A(%rip), %rsi
	.p2align 4,,10
	.p2align 3
.L3:
	movslq	%ebx, %r11
	xorl	%edx, %edx
	xorl	%edi, %edi
	leaq	0(,%r11,4), %r8
	.p2align 4,,10
	.p2align 3
.L6:
	movl	(%rsi,%rdx), %eax
	addl	(%r10,%rdx), %eax
	addl	%edi, %eax
	xorl	%edi, %edi
	leal	-1000000000(%rax), %ecx
	cmpl	$999999999, %eax
	cmovbe	%eax, %ecx
	seta	%dil
	movl	%ecx, (%rsi,%rdx)
	addq	$4, %rdx
	cmpq	%rdx, %r8
	jne	.L6
	cmpl	$999999999, %eax
	jbe	.L7
	movl	$1, (%rsi,%r11,4)
	addl	$1, %ebx
	movl	$0, (%r10,%r11,4)
.L7:
	addq	$1, %r9
	cmpq	%r9, %rbp
	je	.L8
	movq	%rsi, %rax
	movq	%r10, %rsi
	movq	%rax, %r10
	jmp	.L3
.L8:
	movl	(%r10), %r9d
	subl	$1, %ebx
	je	.L9
	movslq	%ebx, %rdx
	jmp	.L10
	.p2align 4,,10
	.p2align 3
.L14:
	subq	$1, %rdx
	movl	%edx, %ebx
	testl	%edx, %edx
	je	.L13
.L10:
	movl	(%r10,%rdx,4), %eax
	testl	%eax, %eax
	je	.L14
	movslq	%edx, %rax
	movl	%edx, %esi
	leal	(%rdx,%rdx,8), %ebx
	movl	(%r10,%rax,4), %eax
	testl	%eax, %eax
	je	.L15
.L11:
	movl	$3435973837, %ecx
	.p2align 4,,10
	.p2align 3
.L16:
	movl	%eax, %eax
	addl	$1, %ebx
	movq	%rax, %rdx
	imulq	%rcx, %rax
	shrq	$35, %rax
	cmpl	$9, %edx
	ja	.L16
	testl	%esi, %esi
	je	.L29
.L38:
	subl	$1, %esi
	movl	4(%r10), %r8d
	je	.L30
	movl	8(%r10), %eax
.L19:
	movl	$100, %esi
	xorl	%edx, %edx
	leaq	16(%rsp), %rbp
	divl	%esi
	movq	%rbp, %rdi
	movl	$21, %esi
	xorl	%eax, %eax
	movl	%edx, %ecx
	leaq	.LC1(%rip), %rdx
	call	snprintf@PLT
	movq	%rbp, %rsi
	cmpl	$19, %ebx
	jle	.L21
.L20:
	movl	%ebx, %edx
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L34
.L15:
	testl	%edx, %edx
	jne	.L38
.L23:
	leaq	16(%rsp), %rbp
.L40:
	xorl	%r8d, %r8d
	xorl	%ecx, %ecx
	leaq	.LC1(%rip), %rdx
	movq	%rbp, %rdi
	movl	$21, %esi
	xorl	%eax, %eax
	movl	$1, %ebx
	call	snprintf@PLT
.L21:
	movslq	%ebx, %rax
	subq	%rax, %rbp
	leaq	20(%rbp), %rsi
	jmp	.L20
.L13:
	movl	%r9d, %eax
	xorl	%esi, %esi
	testl	%r9d, %r9d
	jne	.L11
	jmp	.L23
.L29:
	xorl	%r8d, %r8d
	xorl	%eax, %eax
	jmp	.L19
.L9:
	xorl	%esi, %esi
	movl	%r9d, %eax
	testl	%r9d, %r9d
	jne	.L11
.L4:
	movl	(%r10), %r9d
	leaq	16(%rsp), %rbp
	jmp	.L40
.L30:
	xorl	%eax, %eax
	jmp	.L19
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	B
	.comm	B,160000,32
	.local	A
	.comm	A,160000,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
