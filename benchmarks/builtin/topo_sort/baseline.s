	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d %d"
.LC1:
	.string	"%d %llu"
.LC2:
	.string	"CYCLE %d\n"
.LC3:
	.string	"%llu"
.LC4:
	.string	" %d"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB14:
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
	subq	$56, %rsp
	.cfi_def_cfa_offset 112
	leaq	32(%rsp), %rdx
	leaq	28(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L3
	movl	28(%rsp), %eax
	subl	$1, %eax
	cmpl	$500003, %eax
	jbe	.L73
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
.L73:
	.cfi_restore_state
	movl	32(%rsp), %ebp
	cmpl	$2000004, %ebp
	ja	.L3
	leaq	4(,%rax,4), %rdx
	movl	$255, %esi
	leaq	4+head(%rip), %rdi
	call	memset@PLT
	testl	%ebp, %ebp
	je	.L74
	xorl	%r14d, %r14d
	leaq	40(%rsp), %r15
	leaq	36(%rsp), %r12
	leaq	head(%rip), %r13
	leaq	indeg(%rip), %rbp
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L75:
	movslq	ecount(%rip), %rsi
	movslq	40(%rsp), %rax
	leaq	to(%rip), %rdi
	leaq	nxt(%rip), %r11
	movslq	36(%rsp), %rcx
	addl	$1, %r14d
	movl	%eax, (%rdi,%rsi,4)
	movq	%rsi, %rdx
	movl	0(%r13,%rcx,4), %edi
	addl	$1, 0(%rbp,%rax,4)
	movl	%edx, 0(%r13,%rcx,4)
	movl	%edi, (%r11,%rsi,4)
	leal	1(%rsi), %esi
	movl	%esi, ecount(%rip)
	cmpl	%r14d, 32(%rsp)
	jle	.L8
.L5:
	xorl	%eax, %eax
	movq	%r15, %rdx
	movq	%r12, %rsi
	movq	%rbx, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	je	.L75
	jmp	.L3
.L74:
	leaq	40(%rsp), %r15
	leaq	36(%rsp), %r12
.L8:
	xorl	%eax, %eax
	movq	%r15, %rdx
	leaq	.LC1(%rip), %rdi
	movq	%r12, %rsi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L3
	movl	36(%rsp), %ebx
	testl	%ebx, %ebx
	js	.L3
	movl	$2000005, %eax
	subl	32(%rsp), %eax
	cmpl	%eax, %ebx
	jge	.L3
	movq	40(%rsp), %rsi
	testq	%rsi, %rsi
	jne	.L9
	movabsq	$88172645463325252, %rsi
.L9:
	movslq	28(%rsp), %r8
	movl	ecount(%rip), %r11d
	xorl	%r15d, %r15d
	xorl	%r9d, %r9d
	leaq	to(%rip), %r14
	leaq	nxt(%rip), %r13
	movq	%r8, %rcx
	leaq	head(%rip), %r12
	leaq	indeg(%rip), %rbp
	jmp	.L10
.L77:
	cltq
	movl	%edi, (%r14,%rdx,4)
	movslq	%edi, %rdi
	movl	(%r12,%rax,4), %r10d
	addl	$1, 0(%rbp,%rdi,4)
	movl	%r11d, (%r12,%rax,4)
	movl	%r10d, 0(%r13,%rdx,4)
.L13:
	addl	$1, %r11d
	movl	$1, %r15d
.L11:
	addl	$1, %r9d
.L10:
	cmpl	%r9d, %ebx
	je	.L76
	movq	%rsi, %rdx
	salq	$13, %rdx
	xorq	%rsi, %rdx
	movq	%rdx, %rax
	shrq	$7, %rax
	xorq	%rdx, %rax
	xorl	%edx, %edx
	movq	%rax, %rsi
	salq	$17, %rsi
	xorq	%rax, %rsi
	movq	%rsi, %rax
	divq	%r8
	movq	%rdx, %r10
	leal	1(%rdx), %edi
	movq	%rsi, %rdx
	salq	$13, %rdx
	xorq	%rsi, %rdx
	movq	%rdx, %rax
	shrq	$7, %rax
	xorq	%rdx, %rax
	xorl	%edx, %edx
	movq	%rax, %rsi
	salq	$17, %rsi
	xorq	%rax, %rsi
	movq	%rsi, %rax
	divq	%r8
	leal	1(%rdx), %eax
	cmpl	%edx, %r10d
	je	.L11
	movslq	%r11d, %rdx
	jl	.L77
	movslq	%edi, %rdi
	movl	%eax, (%r14,%rdx,4)
	cltq
	movl	(%r12,%rdi,4), %r10d
	addl	$1, 0(%rbp,%rax,4)
	movl	%r11d, (%r12,%rdi,4)
	movl	%r10d, 0(%r13,%rdx,4)
	jmp	.L13
.L76:
	testb	%r15b, %r15b
	je	.L15
	movl	%r11d, ecount(%rip)
.L15:
	movl	hs(%rip), %eax
	movl	$1, %r8d
	xorl	%esi, %esi
	leaq	indeg(%rip), %r11
	leaq	heap(%rip), %r9
	movslq	%eax, %rdx
	jmp	.L16
.L17:
	addq	$1, %r8
.L16:
	movl	%r8d, %r10d
	cmpl	%r8d, %ecx
	jl	.L78
	cmpl	$0, (%r11,%r8,4)
	leal	1(%rdx), %ebx
	jne	.L17
	jmp	.L18
.L79:
	leal	-1(%rdx), %esi
	sarl	%esi
	movslq	%esi, %rdi
	movl	(%r9,%rdi,4), %edi
	cmpl	%r10d, %edi
	jle	.L19
	movl	%edi, (%r9,%rdx,4)
	movslq	%esi, %rdx
.L18:
	testl	%edx, %edx
	jg	.L79
.L19:
	movl	%r8d, (%r9,%rdx,4)
	movl	$1, %esi
	movslq	%ebx, %rdx
	jmp	.L17
.L78:
	testb	%sil, %sil
	je	.L22
	movl	%edx, hs(%rip)
	movl	%edx, %eax
.L22:
	xorl	%r11d, %r11d
	xorl	%esi, %esi
	leaq	heap(%rip), %rdx
	movl	%ecx, %ebx
	leaq	order(%rip), %r13
	leaq	head(%rip), %r14
	leaq	to(%rip), %r12
	leaq	nxt(%rip), %rbp
	leaq	indeg(%rip), %r10
.L23:
	testl	%eax, %eax
	jle	.L80
	subl	$1, %eax
	movslq	(%rdx), %r9
	movslq	%eax, %rcx
	movl	(%rdx,%rcx,4), %r15d
	cmpl	$1, %eax
	jle	.L42
	movl	%ebx, 8(%rsp)
	movl	$1, %edi
	xorl	%esi, %esi
	movl	%r9d, 12(%rsp)
	jmp	.L26
	.p2align 4,,10
	.p2align 3
.L82:
	movl	%edi, (%rdx,%rsi,4)
	leal	1(%rcx,%rcx), %edi
	cmpl	%edi, %eax
	jle	.L81
	movslq	%ecx, %rsi
.L26:
	movslq	%edi, %r9
	leal	2(%rsi,%rsi), %ecx
	movl	(%rdx,%r9,4), %ebx
	cmpl	%ecx, %eax
	jle	.L44
	movslq	%ecx, %r8
	cmpl	%ebx, (%rdx,%r8,4)
	jl	.L25
.L44:
	movl	%edi, %ecx
	movq	%r9, %r8
.L25:
	movl	(%rdx,%r8,4), %edi
	cmpl	%edi, %r15d
	jg	.L82
	movl	8(%rsp), %ebx
	movslq	12(%rsp), %r9
	movslq	%esi, %r8
.L24:
	movl	(%r14,%r9,4), %ecx
	movl	%r15d, (%rdx,%r8,4)
	movl	%r9d, 0(%r13,%r11,4)
	cmpl	$-1, %ecx
	jne	.L32
	jmp	.L27
	.p2align 4,,10
	.p2align 3
.L28:
	movl	0(%rbp,%rdi,4), %ecx
	cmpl	$-1, %ecx
	je	.L27
.L32:
	movslq	%ecx, %rdi
	movslq	(%r12,%rdi,4), %rsi
	subl	$1, (%r10,%rsi,4)
	movq	%rsi, %r9
	jne	.L28
	leal	1(%rax), %r15d
	movslq	%eax, %r8
	testl	%eax, %eax
	jg	.L29
	jmp	.L30
	.p2align 4,,10
	.p2align 3
.L31:
	movl	%esi, (%rdx,%rcx,4)
	testl	%eax, %eax
	je	.L30
.L29:
	movslq	%eax, %rcx
	leal	-1(%rcx), %eax
	sarl	%eax
	movslq	%eax, %r8
	movl	(%rdx,%r8,4), %esi
	cmpl	%esi, %r9d
	jl	.L31
	movslq	%ecx, %r8
.L30:
	movl	%r9d, (%rdx,%r8,4)
	movl	%r15d, %eax
	jmp	.L28
.L27:
	addq	$1, %r11
	movl	$1, %esi
	jmp	.L23
.L81:
	movl	8(%rsp), %ebx
	movslq	12(%rsp), %r9
	jmp	.L24
.L80:
	movl	%ebx, %ecx
	testb	%sil, %sil
	je	.L34
	movl	%eax, hs(%rip)
.L34:
	cmpl	%r11d, %ecx
	jg	.L83
	xorl	%eax, %eax
	xorl	%esi, %esi
	leaq	order(%rip), %rdi
	jmp	.L35
.L36:
	imulq	$1000003, %rsi, %rsi
	movslq	(%rdi,%rax,4), %rdx
	addq	$1, %rax
	addq	%rdx, %rsi
.L35:
	cmpl	%eax, %ecx
	jg	.L36
	leaq	.LC3(%rip), %rdi
	xorl	%eax, %eax
	xorl	%ebx, %ebx
	call	printf@PLT
	leaq	order(%rip), %r12
	leaq	.LC4(%rip), %rbp
	jmp	.L37
.L84:
	cmpl	$10, %ebx
	je	.L48
	movl	(%r12,%rbx,4), %esi
	movq	%rbp, %rdi
	xorl	%eax, %eax
	addq	$1, %rbx
	call	printf@PLT
.L37:
	cmpl	%ebx, 28(%rsp)
	jg	.L84
.L48:
	movl	$10, %edi
	call	putchar@PLT
	jmp	.L3
.L42:
	xorl	%r8d, %r8d
	jmp	.L24
.L83:
	subl	%r11d, %ecx
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	movl	%ecx, %esi
	call	printf@PLT
	jmp	.L3
	.cfi_endproc
.LFE14:
	.size	main, .-main
	.local	ecount
	.comm	ecount,4,4
	.local	order
	.comm	order,2000020,32
	.local	hs
	.comm	hs,4,4
	.local	heap
	.comm	heap,2000020,32
	.local	indeg
	.comm	indeg,2000020,32
	.local	to
	.comm	to,8000020,32
	.local	nxt
	.comm	nxt,8000020,32
	.local	head
	.comm	head,2000020,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
