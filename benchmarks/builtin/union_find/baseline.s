	.file	"prog.c"
	.text
	.p2align 4
	.type	apply, @function
apply:
.LFB12:
	.cfi_startproc
	movl	%edi, %r10d
	movl	%esi, %r8d
	leaq	parent(%rip), %rax
	.p2align 4,,10
	.p2align 3
.L2:
	movslq	%r8d, %rcx
	movslq	(%rax,%rcx,4), %r8
	movq	%rcx, %rdi
	cmpl	%r8d, %ecx
	jne	.L2
	movslq	%esi, %rsi
	movl	(%rax,%rsi,4), %ecx
	cmpl	%ecx, %r8d
	je	.L3
	.p2align 4,,10
	.p2align 3
.L4:
	movslq	%ecx, %rcx
	movl	%edi, (%rax,%rsi,4)
	movq	%rcx, %rsi
	movl	(%rax,%rcx,4), %ecx
	cmpl	%ecx, %edi
	jne	.L4
.L3:
	movl	%edx, %esi
	.p2align 4,,10
	.p2align 3
.L5:
	movslq	%esi, %rsi
	movq	%rsi, %rcx
	movslq	(%rax,%rsi,4), %rsi
	cmpl	%esi, %ecx
	jne	.L5
	movslq	%edx, %rdx
	movl	(%rax,%rdx,4), %r9d
	cmpl	%r9d, %esi
	je	.L6
	.p2align 4,,10
	.p2align 3
.L7:
	movslq	%r9d, %r9
	movl	%ecx, (%rax,%rdx,4)
	movq	%r9, %rdx
	movl	(%rax,%r9,4), %r9d
	cmpl	%r9d, %ecx
	jne	.L7
.L6:
	testl	%r10d, %r10d
	je	.L17
	cmpl	%edi, %ecx
	je	.L1
	leaq	sz(%rip), %rdx
	movl	(%rdx,%rcx,4), %ecx
	cmpl	%ecx, (%rdx,%rdi,4)
	jge	.L18
.L10:
	movl	%esi, (%rax,%r8,4)
	movl	(%rdx,%r8,4), %eax
	addl	(%rdx,%rsi,4), %eax
	cmpl	biggest(%rip), %eax
	movl	%eax, (%rdx,%rsi,4)
	jle	.L11
	movl	%eax, biggest(%rip)
.L11:
	subl	$1, sets(%rip)
.L1:
	ret
	.p2align 4,,10
	.p2align 3
.L18:
	movl	%esi, %ecx
	movslq	%r8d, %rsi
	movslq	%ecx, %r8
	jmp	.L10
	.p2align 4,,10
	.p2align 3
.L17:
	xorl	%edx, %edx
	cmpl	%edi, %ecx
	movq	h(%rip), %rcx
	sete	%dl
	addq	%rdx, yes(%rip)
	movq	%rcx, %rax
	salq	$5, %rax
	subq	%rcx, %rax
	leaq	1(%rdx,%rax), %rax
	movq	%rax, h(%rip)
	ret
	.cfi_endproc
.LFE12:
	.size	apply, .-apply
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC1:
	.string	"%d %d"
.LC4:
	.string	"%3s %d %d"
.LC5:
	.string	"%lld %llu %d"
.LC6:
	.string	"%lld %d %d %llu\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB13:
	.cfi_startproc
	pushq	%r14
	.cfi_def_cfa_offset 16
	.cfi_offset 14, -16
	xorl	%eax, %eax
	leaq	.LC1(%rip), %rdi
	pushq	%r13
	.cfi_def_cfa_offset 24
	.cfi_offset 13, -24
	pushq	%r12
	.cfi_def_cfa_offset 32
	.cfi_offset 12, -32
	pushq	%rbp
	.cfi_def_cfa_offset 40
	.cfi_offset 6, -40
	pushq	%rbx
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
	subq	$32, %rsp
	.cfi_def_cfa_offset 80
	leaq	8(%rsp), %rdx
	leaq	4(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L21
	movl	4(%rsp), %ecx
	leal	-1(%rcx), %eax
	cmpl	$1999999, %eax
	jbe	.L42
.L21:
	addq	$32, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 48
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 40
	popq	%rbp
	.cfi_def_cfa_offset 32
	popq	%r12
	.cfi_def_cfa_offset 24
	popq	%r13
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	ret
.L42:
	.cfi_restore_state
	cmpl	$2, %eax
	jbe	.L33
	movl	%ecx, %edx
	movdqa	.LC0(%rip), %xmm0
	xorl	%eax, %eax
	movdqa	.LC2(%rip), %xmm3
	shrl	$2, %edx
	movdqa	.LC3(%rip), %xmm2
	leaq	parent(%rip), %rdi
	leaq	sz(%rip), %rsi
	salq	$4, %rdx
	.p2align 4,,10
	.p2align 3
.L24:
	movdqa	%xmm0, %xmm1
	movaps	%xmm2, (%rsi,%rax)
	paddd	%xmm3, %xmm0
	movaps	%xmm1, (%rdi,%rax)
	addq	$16, %rax
	cmpq	%rax, %rdx
	jne	.L24
	movl	%ecx, %eax
	andl	$-4, %eax
	testb	$3, %cl
	je	.L25
.L23:
	movslq	%eax, %rdx
	movl	%eax, (%rdi,%rdx,4)
	movl	$1, (%rsi,%rdx,4)
	leal	1(%rax), %edx
	cmpl	%edx, %ecx
	jle	.L25
	movslq	%edx, %r8
	addl	$2, %eax
	movl	%edx, (%rdi,%r8,4)
	movl	$1, (%rsi,%r8,4)
	cmpl	%eax, %ecx
	jle	.L25
	movslq	%eax, %rdx
	movl	%eax, (%rdi,%rdx,4)
	movl	$1, (%rsi,%rdx,4)
.L25:
	cmpl	$0, 8(%rsp)
	movl	%ecx, sets(%rip)
	movl	$1, biggest(%rip)
	jle	.L43
	xorl	%ebx, %ebx
	leaq	16(%rsp), %rbp
	leaq	12(%rsp), %r13
	leaq	24(%rsp), %r12
	leaq	.LC4(%rip), %r14
	jmp	.L30
	.p2align 4,,10
	.p2align 3
.L44:
	movl	12(%rsp), %esi
	testl	%esi, %esi
	jle	.L21
	movl	4(%rsp), %eax
	cmpl	%eax, %esi
	jg	.L21
	movl	16(%rsp), %edx
	testl	%edx, %edx
	jle	.L21
	cmpl	%edx, %eax
	jl	.L21
	subl	$1, %edx
	subl	$1, %esi
	xorl	%edi, %edi
	cmpb	$85, 24(%rsp)
	sete	%dil
	addl	$1, %ebx
	call	apply
	cmpl	%ebx, 8(%rsp)
	jle	.L26
.L30:
	xorl	%eax, %eax
	movq	%rbp, %rcx
	movq	%r13, %rdx
	movq	%r12, %rsi
	movq	%r14, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$3, %eax
	je	.L44
	jmp	.L21
.L43:
	leaq	16(%rsp), %rbp
	leaq	12(%rsp), %r13
	leaq	24(%rsp), %r12
.L26:
	xorl	%eax, %eax
	movq	%r13, %rcx
	movq	%r12, %rdx
	movq	%rbp, %rsi
	leaq	.LC5(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$3, %eax
	jne	.L21
	xorl	%ebx, %ebx
	movl	$100, %r11d
	movabsq	$6364136223846793005, %r12
	movabsq	$1442695040888963407, %rbp
	jmp	.L31
.L32:
	movq	24(%rsp), %rcx
	xorl	%edx, %edx
	xorl	%edi, %edi
	movl	4(%rsp), %r8d
	imulq	%r12, %rcx
	addq	%rbp, %rcx
	movq	%rcx, %rax
	shrq	$40, %rax
	divq	%r11
	movq	%rcx, %rax
	cmpl	%edx, 12(%rsp)
	setg	%dil
	imulq	%r12, %rax
	xorl	%edx, %edx
	addq	$1, %rbx
	addq	%rbp, %rax
	movq	%rax, 24(%rsp)
	shrq	$30, %rax
	divq	%r8
	movq	%rcx, %rax
	shrq	$20, %rax
	movq	%rdx, %r9
	xorl	%edx, %edx
	divq	%r8
	movq	%rdx, %rsi
	movl	%r9d, %edx
	call	apply
.L31:
	cmpq	%rbx, 16(%rsp)
	jg	.L32
	movq	h(%rip), %r8
	movl	biggest(%rip), %ecx
	xorl	%eax, %eax
	leaq	.LC6(%rip), %rdi
	movl	sets(%rip), %edx
	movq	yes(%rip), %rsi
	call	printf@PLT
	jmp	.L21
.L33:
	xorl	%eax, %eax
	leaq	parent(%rip), %rdi
	leaq	sz(%rip), %rsi
	jmp	.L23
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.local	h
	.comm	h,8,8
	.local	yes
	.comm	yes,8,8
	.local	biggest
	.comm	biggest,4,4
	.local	sets
	.comm	sets,4,4
	.local	sz
	.comm	sz,8000000,32
	.local	parent
	.comm	parent,8000000,32
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC0:
	.long	0
	.long	1
	.long	2
	.long	3
	.align 16
.LC2:
	.long	4
	.long	4
	.long	4
	.long	4
	.align 16
.LC3:
	.long	1
	.long	1
	.long	1
	.long	1
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
