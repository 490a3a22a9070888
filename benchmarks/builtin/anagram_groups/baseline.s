	.file	"prog.c"
	.text
	.p2align 4
	.type	cmp, @function
cmp:
.LFB22:
	.cfi_startproc
	movq	(%rsi), %rsi
	movq	(%rdi), %rdi
	jmp	strcmp@PLT
	.cfi_endproc
.LFE22:
	.size	cmp, .-cmp
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%32s"
.LC2:
	.string	"%u %u %u %llu"
.LC3:
	.string	"%d %d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB24:
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
	leaq	24(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L5
	movl	24(%rsp), %ebx
	cmpl	$1000000, %ebx
	jbe	.L38
.L5:
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
.L38:
	.cfi_restore_state
	testl	%ebx, %ebx
	je	.L7
	leaq	words(%rip), %rbp
	xorl	%ebx, %ebx
	leaq	.LC1(%rip), %r12
	jmp	.L8
	.p2align 4,,10
	.p2align 3
.L39:
	addl	$1, %ebx
	addq	$33, %rbp
	cmpl	%ebx, 24(%rsp)
	jle	.L7
.L8:
	xorl	%eax, %eax
	movq	%rbp, %rsi
	movq	%r12, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	je	.L39
	jmp	.L5
.L7:
	xorl	%eax, %eax
	leaq	36(%rsp), %rcx
	leaq	32(%rsp), %rdx
	leaq	28(%rsp), %rsi
	leaq	40(%rsp), %r8
	leaq	.LC2(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$4, %eax
	jne	.L5
	movl	$1000000, %eax
	movl	28(%rsp), %ebp
	subl	%ebx, %eax
	cmpl	%ebp, %eax
	jb	.L5
	movslq	%ebx, %r12
	movl	32(%rsp), %r13d
	movq	40(%rsp), %rdx
	xorl	%r11d, %r11d
	imulq	$33, %r12, %rdi
	movl	36(%rsp), %r10d
	leaq	words(%rip), %rax
	movabsq	$6364136223846793005, %r9
	movabsq	$1442695040888963407, %r8
	addq	%rax, %rdi
	xorl	%eax, %eax
.L9:
	cmpl	%r11d, %ebp
	je	.L40
	imulq	%r9, %rdx
	xorl	%ecx, %ecx
	addq	%r8, %rdx
	movq	%rdx, %rsi
	shrq	$32, %rsi
	imulq	%r13, %rsi
	shrq	$32, %rsi
	addl	$1, %esi
	.p2align 4,,10
	.p2align 3
.L10:
	imulq	%r9, %rdx
	addq	%r8, %rdx
	movq	%rdx, %rax
	shrq	$32, %rax
	imulq	%r10, %rax
	shrq	$32, %rax
	addl	$97, %eax
	movb	%al, (%rdi,%rcx)
	addq	$1, %rcx
	cmpl	%esi, %ecx
	jb	.L10
	movb	$0, (%rdi,%rsi)
	addl	$1, %r11d
	addq	$33, %rdi
	movl	$1, %eax
	jmp	.L9
.L40:
	addl	%ebp, %ebx
	leaq	0(%rbp,%r12), %r15
	testb	%al, %al
	je	.L12
	movq	%rdx, 40(%rsp)
.L12:
	leaq	key(%rip), %r14
	movslq	%ebx, %rax
	leaq	words(%rip), %r13
	leaq	(%r14,%rax,8), %r12
.L13:
	cmpq	%r14, %r12
	je	.L41
	movq	%r13, %rdi
	call	strlen@PLT
	cmpl	$1, %eax
	jle	.L19
	leal	-1(%rax), %edi
	xorl	%esi, %esi
	.p2align 4,,10
	.p2align 3
.L18:
	movzbl	1(%r13,%rsi), %ecx
	movq	%rsi, %rax
	jmp	.L15
	.p2align 4,,10
	.p2align 3
.L17:
	movb	%dl, 1(%r13,%rax)
	subq	$1, %rax
	cmpl	$-1, %eax
	je	.L26
.L15:
	movzbl	0(%r13,%rax), %edx
	cmpb	%dl, %cl
	jl	.L17
	addl	$1, %eax
	cltq
	addq	%r13, %rax
.L16:
	addq	$1, %rsi
	movb	%cl, (%rax)
	cmpq	%rsi, %rdi
	jne	.L18
.L19:
	movq	%r13, (%r14)
	addq	$33, %r13
	addq	$8, %r14
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L26:
	movq	%r13, %rax
	jmp	.L16
.L41:
	leaq	cmp(%rip), %rcx
	movq	%r15, %rsi
	xorl	%r13d, %r13d
	xorl	%r14d, %r14d
	movl	$8, %edx
	leaq	key(%rip), %rdi
	call	qsort@PLT
	xorl	%eax, %eax
	movl	%eax, 12(%rsp)
.L21:
	cmpl	%ebx, %r13d
	jge	.L42
	leal	1(%r13), %r15d
	cmpl	%ebx, %r15d
	jge	.L22
	movslq	%r13d, %rax
	leaq	key(%rip), %rdi
	movq	(%rdi,%rax,8), %r12
	leaq	(%rdi,%rax,8), %rbp
	jmp	.L23
	.p2align 4,,10
	.p2align 3
.L24:
	addl	$1, %r15d
	addq	$8, %rbp
	cmpl	%ebx, %r15d
	je	.L22
.L23:
	movq	8(%rbp), %rsi
	movq	%r12, %rdi
	call	strcmp@PLT
	testl	%eax, %eax
	je	.L24
.L22:
	movl	%r15d, %eax
	addl	$1, 12(%rsp)
	subl	%r13d, %eax
	movl	%r15d, %r13d
	cmpl	%eax, %r14d
	cmovl	%eax, %r14d
	jmp	.L21
.L42:
	movl	12(%rsp), %esi
	movl	%r14d, %edx
	leaq	.LC3(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L5
	.cfi_endproc
.LFE24:
	.size	main, .-main
	.local	key
	.comm	key,8000000,32
	.local	words
	.comm	words,33000000,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
