	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d %d"
.LC1:
	.string	"%lld %llu"
.LC2:
	.string	"%d %d %d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB22:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	xorl	%eax, %eax
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
	leaq	.LC0(%rip), %rbx
	movq	%rbx, %rdi
	subq	$40, %rsp
	.cfi_def_cfa_offset 96
	leaq	12(%rsp), %rdx
	leaq	8(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L3
	movl	8(%rsp), %eax
	subl	$1, %eax
	cmpl	$1999999, %eax
	jbe	.L37
.L3:
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
.L37:
	.cfi_restore_state
	movl	12(%rsp), %r15d
	cmpl	$3000000, %r15d
	ja	.L3
	leaq	24(%rsp), %r12
	leaq	16(%rsp), %rbp
	testl	%r15d, %r15d
	je	.L5
	xorl	%r15d, %r15d
	leaq	24(%rsp), %r12
	leaq	16(%rsp), %rbp
	leaq	eu(%rip), %r14
	leaq	ev(%rip), %r13
	jmp	.L9
	.p2align 4,,10
	.p2align 3
.L39:
	movl	16(%rsp), %eax
	testl	%eax, %eax
	jle	.L3
	movl	8(%rsp), %ecx
	cmpl	%ecx, %eax
	jg	.L3
	movl	24(%rsp), %edx
	cmpl	%edx, %ecx
	jl	.L3
	testl	%edx, %edx
	jle	.L3
	subl	$1, %eax
	subl	$1, %edx
	movl	%eax, (%r14,%r15,4)
	leaq	1(%r15), %rax
	movl	%edx, 0(%r13,%r15,4)
	cmpl	%eax, 12(%rsp)
	jle	.L38
	movq	%rax, %r15
.L9:
	xorl	%eax, %eax
	movq	%r12, %rdx
	movq	%rbp, %rsi
	movq	%rbx, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	je	.L39
	jmp	.L3
.L38:
	addl	$1, %r15d
.L5:
	xorl	%eax, %eax
	movq	%r12, %rdx
	leaq	.LC1(%rip), %rdi
	movq	%rbp, %rsi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L3
	movq	16(%rsp), %r12
	testq	%r12, %r12
	js	.L3
	movl	$3000000, %eax
	subl	%r15d, %eax
	cltq
	cmpq	%rax, %r12
	jg	.L3
	movl	8(%rsp), %edi
	movslq	%r15d, %rsi
	movq	24(%rsp), %rcx
	xorl	%eax, %eax
	leaq	(%r12,%rsi), %r10
	leaq	eu(%rip), %rbx
	movabsq	$6364136223846793005, %r9
	movabsq	$1442695040888963407, %r8
	movq	%rdi, %rbp
	leaq	ev(%rip), %r11
	jmp	.L10
.L11:
	imulq	%r9, %rcx
	xorl	%edx, %edx
	addq	%r8, %rcx
	movq	%rcx, %rax
	imulq	%r9, %rcx
	shrq	$33, %rax
	divq	%rdi
	addq	%r8, %rcx
	movq	%rcx, %rax
	shrq	$33, %rax
	movl	%edx, (%rbx,%rsi,4)
	xorl	%edx, %edx
	divq	%rdi
	movl	$1, %eax
	movl	%edx, (%r11,%rsi,4)
	addq	$1, %rsi
.L10:
	cmpq	%r10, %rsi
	jne	.L11
	addl	%r12d, %r15d
	testb	%al, %al
	je	.L12
	movq	%rcx, 24(%rsp)
.L12:
	xorl	%edx, %edx
	leaq	start(%rip), %rbx
	leaq	eu(%rip), %rsi
	leaq	ev(%rip), %rcx
	jmp	.L13
.L14:
	movl	(%rsi,%rdx,4), %eax
	addl	$1, %eax
	cltq
	addl	$1, (%rbx,%rax,4)
	movl	(%rcx,%rdx,4), %eax
	addq	$1, %rdx
	addl	$1, %eax
	cltq
	addl	$1, (%rbx,%rax,4)
.L13:
	cmpl	%edx, %r15d
	jg	.L14
	leaq	start(%rip), %rax
	xorl	%edx, %edx
	jmp	.L15
.L16:
	movl	-4(%rax), %ecx
	addl	%ecx, (%rax)
	addl	$1, %edx
.L15:
	addq	$4, %rax
	cmpl	%edx, %ebp
	jg	.L16
	xorl	%edx, %edx
	testl	%ebp, %ebp
	leaq	pos(%rip), %rdi
	movq	%rbx, %rsi
	cmovns	%ebp, %edx
	movslq	%edx, %rdx
	salq	$2, %rdx
	call	memcpy@PLT
	xorl	%ecx, %ecx
	leaq	eu(%rip), %r10
	leaq	ev(%rip), %r9
	movq	%rax, %rdi
	leaq	adj(%rip), %r8
	jmp	.L17
.L18:
	movslq	(%r10,%rcx,4), %rax
	movslq	(%rdi,%rax,4), %rdx
	movq	%rax, %rsi
	leal	1(%rdx), %r11d
	movl	%r11d, (%rdi,%rax,4)
	movslq	(%r9,%rcx,4), %rax
	addq	$1, %rcx
	movl	%eax, (%r8,%rdx,4)
	movslq	(%rdi,%rax,4), %rdx
	leal	1(%rdx), %r11d
	movl	%esi, (%r8,%rdx,4)
	movl	%r11d, (%rdi,%rax,4)
.L17:
	cmpl	%ecx, %r15d
	jg	.L18
	xorl	%r12d, %r12d
	xorl	%r15d, %r15d
	xorl	%r14d, %r14d
	xorl	%r13d, %r13d
	leaq	seen(%rip), %rdi
	leaq	stk(%rip), %r9
	leaq	adj(%rip), %r11
	jmp	.L19
.L20:
	addq	$1, %r12
.L19:
	cmpl	%r12d, %ebp
	jle	.L40
	cmpb	$0, (%rdi,%r12)
	jne	.L20
	movl	%r12d, (%r9)
	addl	$1, %r13d
	xorl	%r10d, %r10d
	movl	$1, %esi
	movb	$1, (%rdi,%r12)
.L24:
	subl	$1, %esi
	addl	$1, %r10d
	movslq	%esi, %rax
	movslq	(%r9,%rax,4), %rdx
	movq	%rdx, %rax
	movl	(%rbx,%rdx,4), %edx
	addl	$1, %eax
	cltq
	movl	(%rbx,%rax,4), %ecx
	cmpl	%ecx, %edx
	jge	.L21
	movslq	%edx, %r8
	subl	%edx, %ecx
	addq	%r8, %rcx
	leaq	(%r11,%r8,4), %rax
	leaq	(%r11,%rcx,4), %r8
	.p2align 4,,10
	.p2align 3
.L23:
	movslq	(%rax), %rcx
	cmpb	$0, (%rdi,%rcx)
	movq	%rcx, %rdx
	jne	.L22
	movb	$1, (%rdi,%rcx)
	movslq	%esi, %rcx
	addl	$1, %esi
	movl	%edx, (%r9,%rcx,4)
.L22:
	addq	$4, %rax
	cmpq	%r8, %rax
	jne	.L23
.L21:
	testl	%esi, %esi
	jne	.L24
	cmpl	%r10d, %r14d
	cmovl	%r10d, %r14d
	subl	$1, %r10d
	jne	.L20
	addl	$1, %r15d
	jmp	.L20
.L40:
	movl	%r15d, %ecx
	movl	%r14d, %edx
	movl	%r13d, %esi
	xorl	%eax, %eax
	leaq	.LC2(%rip), %rdi
	call	printf@PLT
	jmp	.L3
	.cfi_endproc
.LFE22:
	.size	main, .-main
	.local	seen
	.comm	seen,2000000,32
	.local	stk
	.comm	stk,8000000,32
	.local	pos
	.comm	pos,8000000,32
	.local	adj
	.comm	adj,24000000,32
	.local	start
	.comm	start,8000004,32
	.local	ev
	.comm	ev,12000000,32
	.local	eu
	.comm	eu,12000000,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
