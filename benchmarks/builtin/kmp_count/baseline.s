	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%200000s %u %u %llu"
.LC2:
	.string	"%lld\n"
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
	subq	$56, %rsp
	.cfi_def_cfa_offset 112
	leaq	28(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L3
	movl	28(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 28(%rsp)
	testl	%eax, %eax
	je	.L3
	leaq	40(%rsp), %rax
	leaq	32(%rsp), %r13
	movq	%rax, 8(%rsp)
	leaq	36(%rsp), %rax
	leaq	pat(%rip), %rbx
	movq	%rax, (%rsp)
	leaq	fail(%rip), %rbp
	leaq	txt(%rip), %r12
	.p2align 4,,10
	.p2align 3
.L28:
	movq	8(%rsp), %r8
	movq	(%rsp), %rcx
	xorl	%eax, %eax
	movq	%r13, %rdx
	movq	%rbx, %rsi
	leaq	.LC1(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$4, %eax
	jne	.L3
	movq	%rbx, %rdi
	call	strlen@PLT
	movl	32(%rsp), %r15d
	movq	%rax, %r14
	movl	%eax, %esi
	testl	%r15d, %r15d
	je	.L6
	movl	%r15d, %edi
	movq	40(%rsp), %rdx
	movl	36(%rsp), %r11d
	leaq	txt(%rip), %rcx
	movabsq	$6364136223846793005, %r9
	leaq	(%rdi,%r12), %r10
	movabsq	$1442695040888963407, %r8
	.p2align 4,,10
	.p2align 3
.L7:
	imulq	%r9, %rdx
	addq	$1, %rcx
	addq	%r8, %rdx
	movq	%rdx, %rax
	shrq	$32, %rax
	imulq	%r11, %rax
	shrq	$32, %rax
	addl	$97, %eax
	movb	%al, -1(%rcx)
	cmpq	%rcx, %r10
	jne	.L7
	movq	%rdx, 40(%rsp)
	movl	$0, fail(%rip)
	cmpq	$1, %r14
	jbe	.L11
.L9:
	movl	$1, %r8d
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L12:
	movslq	%eax, %rdx
	movzbl	(%rbx,%r8), %ecx
	movzbl	(%rbx,%rdx), %edi
	testl	%eax, %eax
	jg	.L13
	jmp	.L14
	.p2align 4,,10
	.p2align 3
.L15:
	subl	$1, %eax
	cltq
	movl	0(%rbp,%rax,4), %eax
	movslq	%eax, %rdx
	testl	%eax, %eax
	jle	.L42
.L13:
	cmpb	%cl, (%rbx,%rdx)
	jne	.L15
.L16:
	addl	$1, %eax
.L17:
	movl	%eax, 0(%rbp,%r8,4)
	addq	$1, %r8
	cmpl	%r8d, %esi
	jg	.L12
	testl	%r15d, %r15d
	je	.L10
	movl	%r15d, %edi
.L11:
	leaq	txt(%rip), %rcx
	addq	%r12, %rdi
	xorl	%eax, %eax
	xorl	%r8d, %r8d
	.p2align 4,,10
	.p2align 3
.L19:
	movzbl	(%rcx), %r9d
	testl	%eax, %eax
	jg	.L20
	jmp	.L45
	.p2align 4,,10
	.p2align 3
.L22:
	subl	$1, %eax
	cltq
	movl	0(%rbp,%rax,4), %eax
	testl	%eax, %eax
	jle	.L45
.L20:
	movslq	%eax, %rdx
	cmpb	%r9b, (%rbx,%rdx)
	jne	.L22
.L23:
	addl	$1, %eax
	cmpl	%esi, %eax
	je	.L48
.L25:
	addq	$1, %rcx
	cmpq	%rcx, %rdi
	jne	.L19
.L27:
	movq	%r8, %rsi
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	28(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 28(%rsp)
	testl	%eax, %eax
	jne	.L28
.L3:
	addq	$56, %rsp
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
	.p2align 4,,10
	.p2align 3
.L42:
	.cfi_restore_state
	movzbl	(%rbx,%rdx), %edi
.L14:
	cmpb	%cl, %dil
	jne	.L17
	jmp	.L16
	.p2align 4,,10
	.p2align 3
.L45:
	movslq	%eax, %rdx
	movzbl	(%rbx,%rdx), %edx
	cmpb	%r9b, %dl
	je	.L23
	cmpl	%esi, %eax
	jne	.L25
.L48:
	subl	$1, %eax
	addq	$1, %rcx
	addq	$1, %r8
	cltq
	movl	0(%rbp,%rax,4), %eax
	cmpq	%rcx, %rdi
	jne	.L19
	jmp	.L27
.L6:
	xorl	%eax, %eax
	movl	%eax, fail(%rip)
	cmpq	$1, %r14
	ja	.L9
.L10:
	xorl	%r8d, %r8d
	jmp	.L27
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	fail
	.comm	fail,800020,32
	.local	txt
	.comm	txt,8388608,32
	.local	pat
	.comm	pat,200005,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
