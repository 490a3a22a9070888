	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%1000000s %d"
.LC1:
	.string	"%d"
.LC2:
	.string	"0"
.LC3:
	.string	"%d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB12:
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
	leaq	s(%rip), %r12
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	movq	%r12, %rsi
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$72, %rsp
	.cfi_def_cfa_offset 128
	leaq	56(%rsp), %rdx
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L4
	movq	%r12, %rdi
	call	strlen@PLT
	movq	%rax, 24(%rsp)
	movl	%eax, 32(%rsp)
	movl	56(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 56(%rsp)
	testl	%eax, %eax
	je	.L4
	leaq	60(%rsp), %rax
	leaq	h(%rip), %r13
	movq	%rax, 16(%rsp)
	leaq	cnt(%rip), %rbp
.L18:
	movq	16(%rsp), %rsi
	leaq	.LC1(%rip), %rdi
	xorl	%eax, %eax
	call	__isoc99_scanf@PLT
	movl	%eax, %esi
	cmpl	$1, %eax
	jne	.L4
	movslq	60(%rsp), %rcx
	movl	32(%rsp), %eax
	cmpl	%eax, %ecx
	jg	.L21
	testl	%ecx, %ecx
	jle	.L21
	xorl	%edx, %edx
	xorl	%eax, %eax
	movl	$1, %r8d
	.p2align 4,,10
	.p2align 3
.L5:
	imulq	$1000003, %rax, %rax
	movzbl	(%r12,%rdx), %edi
	addq	$1, %rdx
	imulq	$1000003, %r8, %r8
	addq	%rdi, %rax
	cmpl	%edx, %ecx
	jg	.L5
	movl	32(%rsp), %edi
	movq	%rax, 0(%r13)
	movl	%edi, %r11d
	subl	%ecx, %r11d
	leal	1(%r11), %r10d
	cmpl	%edi, %ecx
	jge	.L8
	movl	24(%rsp), %edx
	leaq	(%r12,%rcx), %rdi
	subl	%ecx, %edx
	leal	-1(%rdx), %r9d
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L9:
	movzbl	(%r12,%rdx), %ebx
	movzbl	(%rdi,%rdx), %ecx
	imulq	$1000003, %rax, %rax
	imulq	%r8, %rbx
	subq	%rbx, %rcx
	leaq	8+h(%rip), %rbx
	addq	%rcx, %rax
	movq	%rdx, %rcx
	movq	%rax, (%rbx,%rdx,8)
	addq	$1, %rdx
	cmpq	%rcx, %r9
	jne	.L9
.L8:
	movslq	%r10d, %r14
	movl	%r11d, 36(%rsp)
	xorl	%r15d, %r15d
	leaq	8+h(%rip), %rdi
	leaq	0(,%r14,8), %rax
	movl	%esi, 40(%rsp)
	leaq	1024+cnt(%rip), %rbx
	movl	%r10d, 44(%rsp)
	leaq	tmp(%rip), %r14
	movq	%rax, 8(%rsp)
	movslq	%r11d, %rax
	leaq	(%rdi,%rax,8), %r8
	.p2align 4,,10
	.p2align 3
.L13:
	movl	$128, %ecx
	movq	%rbp, %rdi
	xorl	%eax, %eax
	movq	%r13, %rdx
	rep stosq
	movl	%r15d, %ecx
	.p2align 4,,10
	.p2align 3
.L10:
	movq	(%rdx), %rax
	addq	$8, %rdx
	shrq	%cl, %rax
	movzbl	%al, %eax
	addl	$1, 0(%rbp,%rax,4)
	cmpq	%rdx, %r8
	jne	.L10
	movl	%ecx, %r15d
	leaq	cnt(%rip), %rax
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L11:
	movl	(%rax), %ecx
	movl	%edx, (%rax)
	addq	$4, %rax
	addl	%ecx, %edx
	cmpq	%rbx, %rax
	jne	.L11
	movq	%r13, %rsi
	movl	%r15d, %ecx
	.p2align 4,,10
	.p2align 3
.L12:
	movq	(%rsi), %rdi
	addq	$8, %rsi
	movq	%rdi, %rdx
	shrq	%cl, %rdx
	movzbl	%dl, %edx
	movl	0(%rbp,%rdx,4), %eax
	leal	1(%rax), %r9d
	movq	%rdi, (%r14,%rax,8)
	movl	%r9d, 0(%rbp,%rdx,4)
	cmpq	%rsi, %r8
	jne	.L12
	movl	%ecx, %r15d
	movq	8(%rsp), %rdx
	movq	%r14, %rsi
	movq	%r13, %rdi
	addl	$8, %r15d
	movq	%r8, (%rsp)
	call	memcpy@PLT
	cmpl	$64, %r15d
	movq	(%rsp), %r8
	jne	.L13
	movl	44(%rsp), %r10d
	movl	36(%rsp), %r11d
	movl	40(%rsp), %esi
	cmpl	$1, %r10d
	je	.L14
	leal	-1(%r11), %r8d
	cmpl	$2, %r11d
	jle	.L20
	movq	0(%r13), %rcx
	leaq	8+h(%rip), %rdx
	movl	$1, %eax
.L16:
	movq	(%rdx), %rdi
	cmpq	%rcx, %rdi
	setne	%cl
	movzbl	%cl, %ecx
	addl	%ecx, %esi
	movq	8(%rdx), %rcx
	cmpq	%rcx, %rdi
	setne	%dil
	addl	$2, %eax
	addq	$16, %rdx
	movzbl	%dil, %edi
	addl	%edi, %esi
	cmpl	%r8d, %eax
	jl	.L16
.L15:
	cltq
	movl	%esi, %r10d
	leaq	-8+h(%rip), %rcx
.L17:
	movq	0(%r13,%rax,8), %rsi
	xorl	%edx, %edx
	cmpq	%rsi, (%rcx,%rax,8)
	setne	%dl
	addq	$1, %rax
	addl	%edx, %r10d
	leal	-1(%rax), %edx
	cmpl	%edx, %r11d
	jg	.L17
.L14:
	movl	%r10d, %esi
	leaq	.LC3(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
.L7:
	movl	56(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 56(%rsp)
	testl	%eax, %eax
	jne	.L18
.L4:
	addq	$72, %rsp
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
.L21:
	.cfi_restore_state
	leaq	.LC2(%rip), %rdi
	call	puts@PLT
	jmp	.L7
.L20:
	movl	$1, %eax
	jmp	.L15
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.local	cnt
	.comm	cnt,1024,32
	.local	tmp
	.comm	tmp,8000040,32
	.local	h
	.comm	h,8000040,32
	.local	s
	.comm	s,1000005,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
