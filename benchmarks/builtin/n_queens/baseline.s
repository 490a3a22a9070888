	.file	"prog.c"
	.text
	.p2align 4
	.type	solve, @function
solve:
.LFB11:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	movl	%edi, %r12d
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$40, %rsp
	.cfi_def_cfa_offset 96
	movl	n(%rip), %eax
	cmpl	%edi, %eax
	je	.L2
	leaq	col(%rip), %rbp
	xorl	%ebx, %ebx
	xorl	%ecx, %ecx
	movslq	%edi, %rsi
	leaq	diag1(%rip), %r14
	leaq	diag2(%rip), %r15
	leaq	place(%rip), %r8
	testl	%eax, %eax
	jle	.L1
.L8:
	cmpb	$0, 0(%rbp)
	jne	.L7
	leal	(%rbx,%r12), %r13d
	movslq	%r13d, %r13
	cmpb	$0, (%r14,%r13)
	jne	.L7
	movl	%r12d, %r9d
	subl	%ebx, %r9d
	leal	-1(%r9,%rax), %edx
	movl	%r9d, 12(%rsp)
	movslq	%edx, %rdx
	cmpb	$0, (%r15,%rdx)
	jne	.L7
	movb	$1, 0(%rbp)
	leal	1(%r12), %edi
	movl	%ebx, (%r8,%rsi,4)
	movq	%rcx, 24(%rsp)
	movb	$1, (%r15,%rdx)
	movq	%rsi, 16(%rsp)
	movb	$1, (%r14,%r13)
	call	solve
	movq	24(%rsp), %rcx
	movl	12(%rsp), %r9d
	movb	$0, (%r14,%r13)
	movb	$0, 0(%rbp)
	movq	16(%rsp), %rsi
	leaq	place(%rip), %r8
	addq	%rax, %rcx
	movl	n(%rip), %eax
	leal	-1(%r9,%rax), %edx
	movslq	%edx, %rdx
	movb	$0, (%r15,%rdx)
.L7:
	addl	$1, %ebx
	addq	$1, %rbp
	cmpl	%eax, %ebx
	jl	.L8
.L1:
	addq	$40, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	movq	%rcx, %rax
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
.L2:
	.cfi_restore_state
	testl	%edi, %edi
	jle	.L9
	movslq	place(%rip), %rax
	cmpl	$1, %edi
	je	.L5
	movq	%rax, %rdx
	movslq	4+place(%rip), %rcx
	salq	$4, %rdx
	addq	%rdx, %rax
	addq	%rcx, %rax
	cmpl	$2, %edi
	je	.L5
	movq	%rax, %rdx
	salq	$4, %rdx
	addq	%rax, %rdx
	movslq	8+place(%rip), %rax
	addq	%rdx, %rax
	cmpl	$3, %edi
	je	.L5
	movq	%rax, %rdx
	salq	$4, %rdx
	addq	%rax, %rdx
	movslq	12+place(%rip), %rax
	addq	%rdx, %rax
	cmpl	$4, %edi
	je	.L5
	movq	%rax, %rdx
	salq	$4, %rdx
	addq	%rax, %rdx
	movslq	16+place(%rip), %rax
	addq	%rdx, %rax
	cmpl	$5, %edi
	je	.L5
	movq	%rax, %rdx
	salq	$4, %rdx
	addq	%rax, %rdx
	movslq	20+place(%rip), %rax
	addq	%rdx, %rax
	cmpl	$6, %edi
	je	.L5
	movq	%rax, %rdx
	salq	$4, %rdx
	addq	%rax, %rdx
	movslq	24+place(%rip), %rax
	addq	%rdx, %rax
	cmpl	$7, %edi
	je	.L5
	movq	%rax, %rdx
	salq	$4, %rdx
	addq	%rax, %rdx
	movslq	28+place(%rip), %rax
	addq	%rdx, %rax
	cmpl	$8, %edi
	je	.L5
	movq	%rax, %rdx
	salq	$4, %rdx
	addq	%rax, %rdx
	movslq	32+place(%rip), %rax
	addq	%rdx, %rax
	cmpl	$9, %edi
	je	.L5
	movq	%rax, %rdx
	salq	$4, %rdx
	addq	%rax, %rdx
	movslq	36+place(%rip), %rax
	addq	%rdx, %rax
	cmpl	$10, %edi
	je	.L5
	movq	%rax, %rdx
	salq	$4, %rdx
	addq	%rax, %rdx
	movslq	40+place(%rip), %rax
	addq	%rdx, %rax
	cmpl	$11, %edi
	je	.L5
	movq	%rax, %rdx
	salq	$4, %rdx
	addq	%rax, %rdx
	movslq	44+place(%rip), %rax
	addq	%rdx, %rax
	cmpl	$12, %edi
	je	.L5
	movq	%rax, %rdx
	salq	$4, %rdx
	addq	%rax, %rdx
	movslq	48+place(%rip), %rax
	addq	%rdx, %rax
	cmpl	$13, %edi
	je	.L5
	movq	%rax, %rdx
	salq	$4, %rdx
	addq	%rax, %rdx
	movslq	52+place(%rip), %rax
	addq	%rdx, %rax
	cmpl	$14, %edi
	je	.L5
	movq	%rax, %rdx
	salq	$4, %rdx
	addq	%rax, %rdx
	movslq	56+place(%rip), %rax
	addq	%rdx, %rax
	cmpl	$15, %edi
	je	.L5
	movq	%rax, %rdx
	salq	$4, %rdx
	addq	%rax, %rdx
	movslq	60+place(%rip), %rax
	addq	%rdx, %rax
	.p2align 4,,10
	.p2align 3
.L5:
	addq	%rax, checksum(%rip)
	movl	$1, %ecx
	jmp	.L1
.L9:
	xorl	%eax, %eax
	jmp	.L5
	.cfi_endproc
.LFE11:
	.size	solve, .-solve
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%d %lld %llu\n"
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
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$88, %rsp
	.cfi_def_cfa_offset 144
	leaq	76(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L76
	movl	76(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 76(%rsp)
	testl	%eax, %eax
	je	.L76
	leaq	diag2(%rip), %r14
	.p2align 4,,10
	.p2align 3
.L74:
	xorl	%eax, %eax
	leaq	n(%rip), %rsi
	leaq	.LC0(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L76
	movl	n(%rip), %esi
	leal	-1(%rsi), %eax
	cmpl	$15, %eax
	ja	.L76
	movq	$0, checksum(%rip)
	leaq	diag1(%rip), %rax
	xorl	%edi, %edi
	xorl	%r12d, %r12d
	leaq	col(%rip), %r13
	movq	%rax, %r10
	movq	%rdi, %r15
.L73:
	cmpb	$0, 0(%r13)
	jne	.L62
	cmpb	$0, (%r10)
	jne	.L62
	movl	%esi, %eax
	movl	%r12d, %ebp
	subl	%r12d, %eax
	subl	$1, %eax
	cltq
	cmpb	$0, (%r14,%rax)
	jne	.L62
	movb	$1, (%r14,%rax)
	movb	$1, (%r10)
	movb	$1, 0(%r13)
	movl	%r12d, place(%rip)
	cmpl	$1, %esi
	je	.L63
	xorl	%r9d, %r9d
	testl	%esi, %esi
	jle	.L65
	movq	%r13, 8(%rsp)
	xorl	%r11d, %r11d
	xorl	%r9d, %r9d
	movq	%r15, %rdi
	movq	%r12, 16(%rsp)
	leaq	1+diag1(%rip), %rax
	leaq	col(%rip), %rbx
	movq	%r10, (%rsp)
	movq	%rax, %r10
	movl	%r12d, %eax
.L72:
	cmpb	$0, (%rbx)
	jne	.L66
	cmpb	$0, (%r10)
	jne	.L66
	movl	$1, %r15d
	subl	%r11d, %r15d
	leal	(%rsi,%r15), %ecx
	leal	-1(%rcx), %edx
	movslq	%edx, %rdx
	cmpb	$0, (%r14,%rdx)
	jne	.L66
	movb	$1, (%r14,%rdx)
	movb	$1, (%r10)
	movb	$1, (%rbx)
	movl	%r11d, 4+place(%rip)
	cmpl	$2, %esi
	je	.L67
	xorl	%edx, %edx
	testl	%esi, %esi
	jle	.L69
	movl	%eax, 28(%rsp)
	leaq	2+diag1(%rip), %r13
	xorl	%edx, %edx
	xorl	%ebp, %ebp
	movq	%r9, 32(%rsp)
	leaq	col(%rip), %r12
	movl	$2, %ecx
	movq	%r10, 40(%rsp)
	movq	%rdx, %r10
	movq	%rbx, 48(%rsp)
	movq	%r13, %rbx
	movq	%rdi, %r13
	movl	%esi, %edi
	movq	%r11, 56(%rsp)
	movq	%r12, %r11
.L71:
	cmpb	$0, (%r11)
	jne	.L70
	cmpb	$0, (%rbx)
	jne	.L70
	movl	%ecx, %r12d
	subl	%ebp, %r12d
	leal	-1(%rdi,%r12), %eax
	cltq
	cmpb	$0, (%r14,%rax)
	jne	.L70
	movb	$1, (%rbx)
	movl	$3, %edi
	movb	$1, (%r11)
	movb	$1, (%r14,%rax)
	movl	%ebp, 8+place(%rip)
	call	solve
	movl	n(%rip), %edi
	movb	$0, (%rbx)
	movl	$2, %ecx
	addq	%rax, %r10
	movb	$0, (%r11)
	leal	-1(%rdi,%r12), %eax
	cltq
	movb	$0, (%r14,%rax)
.L70:
	addl	$1, %ebp
	addq	$1, %r11
	addq	$1, %rbx
	cmpl	%edi, %ebp
	jl	.L71
	movl	%edi, %esi
	movq	%r10, %rdx
	movl	28(%rsp), %eax
	movq	32(%rsp), %r9
	movq	40(%rsp), %r10
	movq	48(%rsp), %rbx
	movq	%r13, %rdi
	leal	(%rsi,%r15), %ecx
	movq	56(%rsp), %r11
.L69:
	subl	$1, %ecx
	movb	$0, (%r10)
	addq	%rdx, %r9
	movslq	%ecx, %rcx
	movb	$0, (%rbx)
	movb	$0, (%r14,%rcx)
.L66:
	addq	$1, %r11
	addq	$1, %rbx
	addq	$1, %r10
	cmpl	%r11d, %esi
	jg	.L72
	movq	(%rsp), %r10
	movq	8(%rsp), %r13
	movl	%eax, %ebp
	movq	%rdi, %r15
	movq	16(%rsp), %r12
.L65:
	movl	%esi, %eax
	movb	$0, (%r10)
	addq	%r9, %r15
	subl	%ebp, %eax
	movb	$0, 0(%r13)
	subl	$1, %eax
	cltq
	movb	$0, (%r14,%rax)
.L62:
	addq	$1, %r12
	addq	$1, %r13
	addq	$1, %r10
	cmpl	%r12d, %esi
	jg	.L73
	movq	checksum(%rip), %rcx
	movq	%r15, %rdx
	leaq	.LC1(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	76(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 76(%rsp)
	testl	%eax, %eax
	jne	.L74
.L76:
	addq	$88, %rsp
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
.L63:
	.cfi_restore_state
	addq	%r12, checksum(%rip)
	movl	$1, %r9d
	jmp	.L65
.L67:
	leaq	place(%rip), %rdx
	movslq	(%rdx), %rdx
	imulq	$17, %rdx, %rdx
	addq	%r11, %rdx
	addq	%rdx, checksum(%rip)
	movl	$1, %edx
	jmp	.L69
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.local	checksum
	.comm	checksum,8,8
	.local	place
	.comm	place,64,32
	.local	diag2
	.comm	diag2,32,32
	.local	diag1
	.comm	diag1,32,32
	.local	col
	.comm	col,16,16
	.local	n
	.comm	n,4,4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
