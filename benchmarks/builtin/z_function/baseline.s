	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%d %1048575s"
.LC2:
	.string	"%d %llu\n"
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
	leaq	24(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L3
	movl	24(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 24(%rsp)
	testl	%eax, %eax
	je	.L3
	leaq	28(%rsp), %rax
	leaq	block(%rip), %rbp
	movq	%rax, 8(%rsp)
	leaq	s(%rip), %r12
	leaq	z(%rip), %rbx
	.p2align 4,,10
	.p2align 3
.L18:
	movq	8(%rsp), %rsi
	xorl	%eax, %eax
	movq	%rbp, %rdx
	leaq	.LC1(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L3
	movq	%rbp, %rdi
	call	strlen@PLT
	movl	28(%rsp), %r15d
	movq	%rax, %r14
	testl	%r15d, %r15d
	jle	.L6
	leaq	s(%rip), %rcx
	xorl	%r13d, %r13d
	.p2align 4,,10
	.p2align 3
.L7:
	movq	%rcx, %rdi
	movq	%r14, %rdx
	movq	%rbp, %rsi
	addl	$1, %r13d
	call	memcpy@PLT
	movq	%rax, %rcx
	addq	%r14, %rcx
	cmpl	%r15d, %r13d
	jne	.L7
	movl	%r13d, %edi
	imull	%r14d, %edi
	movl	%edi, (%rbx)
	movslq	%edi, %r11
	cmpl	$1, %edi
	jle	.L9
	movl	%edi, %r14d
	movl	$1, %r13d
	movl	$1, %edx
	xorl	%eax, %eax
	movl	$1, %r8d
	movl	$1, %r9d
	xorl	%r10d, %r10d
	xorl	%r15d, %r15d
	.p2align 4,,10
	.p2align 3
.L10:
	movslq	%eax, %rcx
	addq	%r12, %rcx
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L15:
	addl	$1, %eax
	addq	$1, %rcx
	leal	(%rax,%r8), %edx
	cmpl	%edi, %edx
	jge	.L12
.L13:
	movslq	%edx, %rsi
	movzbl	(%r12,%rsi), %esi
	cmpb	%sil, (%rcx)
	je	.L15
.L12:
	cmpl	%r10d, %edx
	jle	.L16
	movl	%edx, %r10d
	movl	%r13d, %r15d
.L16:
	movl	%eax, (%rbx,%r9,4)
	cltq
	addq	$1, %r9
	addq	%rax, %r11
	cmpq	%r14, %r9
	je	.L9
	movl	%r9d, %r13d
	movl	%r9d, %edx
	xorl	%eax, %eax
	cmpl	%r9d, %r10d
	jle	.L11
	subl	%r15d, %edx
	movl	%r10d, %eax
	movslq	%edx, %rdx
	subl	%r9d, %eax
	movl	(%rbx,%rdx,4), %edx
	cmpl	%edx, %eax
	cmovg	%edx, %eax
	leal	(%rax,%r9), %edx
.L11:
	cmpl	%edi, %edx
	jge	.L12
	movl	%r9d, %r8d
	jmp	.L10
.L6:
	xorl	%eax, %eax
	xorl	%edi, %edi
	xorl	%r11d, %r11d
	movl	%eax, z(%rip)
	.p2align 4,,10
	.p2align 3
.L9:
	movq	%r11, %rdx
	movl	%edi, %esi
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	24(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 24(%rsp)
	testl	%eax, %eax
	jne	.L18
.L3:
	addq	$40, %rsp
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
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	z
	.comm	z,33554432,32
	.local	s
	.comm	s,8388608,32
	.local	block
	.comm	block,1048576,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
