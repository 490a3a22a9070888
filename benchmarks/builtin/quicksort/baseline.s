	.file	"prog.c"
	.text
	.p2align 4
	.type	quicksort, @function
quicksort:
.LFB12:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	movl	%esi, %eax
	movl	%esi, %r10d
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	subl	%edi, %eax
	movl	%edi, %r14d
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
	cmpl	$12, %eax
	jle	.L2
	leaq	a(%rip), %r13
	movl	%esi, %r15d
	movslq	%edi, %r9
	movslq	%esi, %r8
	leaq	-4(%r13), %r12
	leaq	8(%r12), %rbp
.L16:
	sarl	%eax
	movl	0(%r13,%r9,4), %edx
	addl	%r14d, %eax
	cltq
	movl	0(%r13,%rax,4), %ecx
	cmpl	%edx, %ecx
	jge	.L3
	movl	%edx, 0(%r13,%rax,4)
	movl	%ecx, %edx
	movl	%ecx, 0(%r13,%r9,4)
.L3:
	movl	0(%r13,%r8,4), %ecx
	cmpl	%edx, %ecx
	jge	.L4
	movl	%edx, 0(%r13,%r8,4)
	movl	%ecx, 0(%r13,%r9,4)
	movl	0(%r13,%r8,4), %ecx
.L4:
	movl	0(%r13,%rax,4), %edx
	cmpl	%ecx, %edx
	jle	.L5
	movl	%edx, 0(%r13,%r8,4)
	movl	%ecx, %edx
	movl	%ecx, 0(%r13,%rax,4)
.L5:
	movl	%r15d, %r10d
	movl	%r14d, %ebx
.L6:
	cmpl	%r10d, %ebx
	jg	.L11
	movslq	%ebx, %rdi
	movslq	%r10d, %r11
	leal	1(%rbx), %eax
	movl	0(%r13,%rdi,4), %ecx
	movl	0(%r13,%r11,4), %esi
	cltq
	cmpl	%edx, %ecx
	jge	.L38
	.p2align 4,,10
	.p2align 3
.L7:
	movq	%rax, %rbx
	addq	$1, %rax
	movl	(%r12,%rax,4), %ecx
	cmpl	%edx, %ecx
	jl	.L7
	cmpl	%esi, %edx
	jge	.L8
.L24:
	leal	-1(%r10), %eax
	cltq
	.p2align 4,,10
	.p2align 3
.L9:
	movq	%rax, %rdi
	subq	$1, %rax
	movl	0(%rbp,%rax,4), %esi
	cmpl	%edx, %esi
	jg	.L9
	movl	%edi, %r10d
.L8:
	cmpl	%r10d, %ebx
	jle	.L39
.L11:
	movl	%r10d, %eax
	movl	%r15d, %edx
	movq	%r8, 16(%rsp)
	subl	%ebx, %edx
	subl	%r14d, %eax
	cmpl	%edx, %eax
	movl	%edx, 12(%rsp)
	jge	.L14
	movl	%r10d, %esi
	movl	%r14d, %edi
	call	quicksort
	movl	12(%rsp), %edx
	movq	16(%rsp), %r8
	cmpl	$12, %edx
	jle	.L40
	movslq	%ebx, %r9
	movl	%edx, %eax
	movq	%r9, %r14
	jmp	.L16
	.p2align 4,,10
	.p2align 3
.L38:
	cmpl	%esi, %edx
	jl	.L24
.L25:
	movl	%esi, 0(%r13,%rdi,4)
	addl	$1, %ebx
	subl	$1, %r10d
	movl	%ecx, 0(%r13,%r11,4)
	jmp	.L6
.L14:
	movl	%r15d, %esi
	movl	%ebx, %edi
	movl	%r10d, 16(%rsp)
	movl	%eax, 12(%rsp)
	movq	%r9, 24(%rsp)
	call	quicksort
	movl	12(%rsp), %eax
	movl	16(%rsp), %r10d
	cmpl	$12, %eax
	jle	.L2
	movslq	%r10d, %r8
	movq	24(%rsp), %r9
	movq	%r8, %r15
	jmp	.L16
.L39:
	movslq	%ebx, %rdi
	movslq	%r10d, %r11
	jmp	.L25
.L40:
	movl	%r15d, %r10d
	movl	%ebx, %r14d
.L2:
	leal	1(%r14), %eax
	leaq	a(%rip), %r13
	movl	%r14d, %r8d
	movslq	%eax, %rdi
	leaq	4(%r13), %rsi
	cmpl	%r10d, %eax
	jg	.L1
	.p2align 4,,10
	.p2align 3
.L22:
	movl	0(%r13,%rdi,4), %ecx
	movslq	%r8d, %rax
	cmpl	%r8d, %r14d
	jle	.L20
	jmp	.L41
	.p2align 4,,10
	.p2align 3
.L21:
	movl	%edx, (%rsi,%rax,4)
	leaq	-1(%rax), %rdx
	cmpl	%edx, %r14d
	jg	.L19
	movq	%rdx, %rax
.L20:
	movl	0(%r13,%rax,4), %edx
	cmpl	%ecx, %edx
	jg	.L21
	addl	$1, %eax
.L19:
	cltq
	addq	$1, %rdi
	addl	$1, %r8d
	movl	%ecx, 0(%r13,%rax,4)
	cmpl	%edi, %r10d
	jge	.L22
.L1:
	addq	$40, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
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
.L41:
	.cfi_restore_state
	movl	%edi, %eax
	jmp	.L19
	.cfi_endproc
.LFE12:
	.size	quicksort, .-quicksort
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d %llu %llu %d"
.LC1:
	.string	"%d"
.LC2:
	.string	"%llu %llu %d %d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB13:
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
	leaq	24(%rsp), %rcx
	leaq	16(%rsp), %rdx
	leaq	8(%rsp), %rsi
	leaq	12(%rsp), %r8
	call	__isoc99_scanf@PLT
	cmpl	$4, %eax
	jne	.L44
	movl	8(%rsp), %esi
	leal	-1(%rsi), %eax
	cmpl	$999999, %eax
	jbe	.L60
.L44:
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
.L60:
	.cfi_restore_state
	movq	16(%rsp), %rcx
	testq	%rcx, %rcx
	jne	.L61
	leaq	a(%rip), %rbx
	xorl	%r12d, %r12d
	leaq	.LC1(%rip), %r13
	movq	%rbx, %rbp
	jmp	.L50
	.p2align 4,,10
	.p2align 3
.L63:
	addl	$1, %r12d
	addq	$4, %rbp
	cmpl	%r12d, 8(%rsp)
	jle	.L62
.L50:
	xorl	%eax, %eax
	movq	%rbp, %rsi
	movq	%r13, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	je	.L63
	jmp	.L44
.L61:
	movq	24(%rsp), %rdi
	movslq	12(%rsp), %r11
	movq	%rdi, %r10
	shrq	%r10
	testl	%r11d, %r11d
	je	.L54
	xorl	%r9d, %r9d
	xorl	%r8d, %r8d
	leaq	a(%rip), %rbx
.L48:
	movq	%rcx, %rdx
	salq	$13, %rdx
	xorq	%rcx, %rdx
	movq	%rdx, %rax
	shrq	$7, %rax
	xorq	%rdx, %rax
	xorl	%edx, %edx
	movq	%rax, %rcx
	salq	$17, %rcx
	xorq	%rax, %rcx
	movq	%rcx, %rax
	divq	%rdi
	subq	%r10, %rdx
	addq	%r9, %rdx
	addq	%r11, %r9
	movl	%edx, (%rbx,%r8,4)
	addq	$1, %r8
	cmpl	%r8d, %esi
	jg	.L48
.L49:
	subl	$1, %esi
	xorl	%edi, %edi
	call	quicksort
	movl	8(%rsp), %r11d
	xorl	%edx, %edx
	xorl	%esi, %esi
	testl	%r11d, %r11d
	jle	.L52
	movslq	%r11d, %r10
	movl	$1, %eax
	xorl	%edx, %edx
	xorl	%esi, %esi
	leaq	-4+a(%rip), %r9
	movabsq	$1099511628211, %r8
	.p2align 4,,10
	.p2align 3
.L53:
	movl	(%r9,%rax,4), %ecx
	movq	%rcx, %rdi
	xorq	%rcx, %rdx
	movq	%rax, %rcx
	imulq	%rax, %rdi
	addq	$1, %rax
	imulq	%r8, %rdx
	addq	%rdi, %rsi
	cmpq	%rcx, %r10
	jne	.L53
.L52:
	subl	$1, %r11d
	movl	a(%rip), %ecx
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	movslq	%r11d, %r11
	movl	(%rbx,%r11,4), %r8d
	call	printf@PLT
	jmp	.L44
.L54:
	xorl	%r8d, %r8d
	leaq	a(%rip), %rbx
.L47:
	movq	%rcx, %rdx
	salq	$13, %rdx
	xorq	%rcx, %rdx
	movq	%rdx, %rax
	shrq	$7, %rax
	xorq	%rdx, %rax
	xorl	%edx, %edx
	movq	%rax, %rcx
	salq	$17, %rcx
	xorq	%rax, %rcx
	movq	%rcx, %rax
	divq	%rdi
	subq	%r10, %rdx
	movl	%edx, (%rbx,%r8,4)
	addq	$1, %r8
	cmpl	%r8d, %esi
	jg	.L47
	jmp	.L49
.L62:
	movl	8(%rsp), %esi
	jmp	.L49
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.local	a
	.comm	a,4000000,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
