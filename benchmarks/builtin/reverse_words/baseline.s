	.file	"prog.c"
	.text
	.p2align 4
	.type	reverse_line.constprop.0, @function
reverse_line.constprop.0:
.LFB13:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L37
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	xorl	%r8d, %r8d
	xorl	%eax, %eax
	leaq	ws(%rip), %r9
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	leaq	we(%rip), %r10
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	movq	%rdi, %rbp
	movl	%r8d, %edi
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$8, %rsp
	.cfi_def_cfa_offset 64
	cmpl	%eax, %esi
	jle	.L11
	.p2align 4,,10
	.p2align 3
.L39:
	movslq	%eax, %rdx
	addq	%rbp, %rdx
	jmp	.L12
	.p2align 4,,10
	.p2align 3
.L5:
	addl	$1, %eax
	addq	$1, %rdx
	cmpl	%esi, %eax
	je	.L4
.L12:
	movzbl	(%rdx), %ecx
	cmpb	$32, %cl
	je	.L5
	cmpb	$9, %cl
	je	.L5
	cmpl	%eax, %esi
	je	.L4
	movl	%eax, (%r9,%r8,4)
	movq	%r9, %r12
	jle	.L18
	movslq	%eax, %rdx
	addq	%rbp, %rdx
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L38:
	cmpb	$32, %cl
	je	.L19
	addl	$1, %eax
	addq	$1, %rdx
	cmpl	%eax, %esi
	je	.L6
.L7:
	movzbl	(%rdx), %ecx
	cmpb	$9, %cl
	jne	.L38
.L19:
	movl	%eax, (%r10,%r8,4)
	movq	%r10, %r15
	addq	$1, %r8
	cmpl	%eax, %esi
	jle	.L34
	movl	%r8d, %edi
	cmpl	%eax, %esi
	jg	.L39
.L11:
	je	.L4
	leaq	ws(%rip), %r12
	movl	%eax, %esi
	movl	%eax, (%r12,%r8,4)
	.p2align 4,,10
	.p2align 3
.L6:
	leaq	we(%rip), %r15
	movslq	%edi, %rcx
	movl	%esi, (%r15,%rcx,4)
.L15:
	movq	%rcx, %r13
	xorl	%r14d, %r14d
	.p2align 4,,10
	.p2align 3
.L14:
	movslq	(%r12,%r13,4), %rsi
	movl	(%r15,%r13,4), %ebx
	leaq	out(%rip), %rax
	movslq	%r14d, %rdi
	addq	%rax, %rdi
	subl	%esi, %ebx
	addq	%rbp, %rsi
	movslq	%ebx, %rdx
	call	memcpy@PLT
	xorl	%edi, %edi
	leal	(%rbx,%r14), %eax
	cmpq	%r13, %rdi
	je	.L1
	leal	1(%rax), %r14d
	leaq	out(%rip), %rbx
	cltq
	subq	$1, %r13
	movb	$32, (%rbx,%rax)
	cmpl	$-1, %r13d
	jne	.L14
	movl	%r14d, %eax
.L1:
	addq	$8, %rsp
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
	.p2align 4,,10
	.p2align 3
.L4:
	.cfi_restore_state
	subl	$1, %edi
	jb	.L13
	leaq	ws(%rip), %r12
	leaq	we(%rip), %r15
.L34:
	movslq	%edi, %rcx
	jmp	.L15
.L13:
	addq	$8, %rsp
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
	.cfi_restore 3
	.cfi_restore 6
	.cfi_restore 12
	.cfi_restore 13
	.cfi_restore 14
	.cfi_restore 15
	xorl	%eax, %eax
	ret
.L18:
	.cfi_def_cfa_offset 64
	.cfi_offset 3, -56
	.cfi_offset 6, -48
	.cfi_offset 12, -40
	.cfi_offset 13, -32
	.cfi_offset 14, -24
	.cfi_offset 15, -16
	movl	%eax, %esi
	jmp	.L6
	.cfi_endproc
.LFE13:
	.size	reverse_line.constprop.0, .-reverse_line.constprop.0
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%u %u %llu"
.LC1:
	.string	"%llu %llu\n"
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
	subq	$72, %rsp
	.cfi_def_cfa_offset 128
	leaq	56(%rsp), %rcx
	leaq	52(%rsp), %rdx
	leaq	48(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$3, %eax
	je	.L42
.L87:
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
	.p2align 4,,10
	.p2align 3
.L102:
	.cfi_restore_state
	cmpl	$-1, %eax
	je	.L82
.L42:
	movq	stdin(%rip), %rdi
	call	getc@PLT
	cmpl	$10, %eax
	jne	.L102
.L82:
	movq	stdin(%rip), %rcx
	movl	$1048576, %edx
	movl	$1, %esi
	leaq	text(%rip), %r14
	movq	%r14, %rdi
	call	fread@PLT
	xorl	%r10d, %r10d
	testl	%eax, %eax
	jle	.L45
	xorl	%r10d, %r10d
	xorl	%ebx, %ebx
	leaq	vs(%rip), %r15
	movl	%eax, %r8d
	leaq	vl(%rip), %rbp
	movl	%r10d, %r13d
	.p2align 4,,10
	.p2align 3
.L44:
	movslq	%ebx, %rdi
	addq	%r14, %rdi
	cmpl	%ebx, %r8d
	jle	.L58
	movq	%rdi, %rdx
	movl	%ebx, %eax
	jmp	.L59
	.p2align 4,,10
	.p2align 3
.L47:
	addq	$1, %rdx
	cmpl	%eax, %r8d
	je	.L74
.L59:
	cmpb	$10, (%rdx)
	movl	%eax, %r12d
	leal	1(%rax), %eax
	jne	.L47
.L46:
	movl	%r12d, %esi
	movl	%r8d, 12(%rsp)
	subl	%ebx, %esi
	call	reverse_line.constprop.0
	leaq	out(%rip), %rdi
	movl	$1, %esi
	movq	stdout(%rip), %rcx
	movslq	%eax, %rdx
	addl	$1, %eax
	movb	$10, (%rdi,%rdx)
	movslq	%eax, %rdx
	call	fwrite@PLT
	cmpl	%r12d, %ebx
	movl	12(%rsp), %r8d
	jge	.L49
	.p2align 4,,10
	.p2align 3
.L48:
	cmpl	%ebx, %r12d
	jle	.L56
	movslq	%ebx, %rax
	addq	%r14, %rax
	jmp	.L57
	.p2align 4,,10
	.p2align 3
.L50:
	addl	$1, %ebx
	addq	$1, %rax
	cmpl	%r12d, %ebx
	je	.L49
.L57:
	movzbl	(%rax), %edx
	cmpb	$32, %dl
	je	.L50
	cmpb	$9, %dl
	je	.L50
	cmpl	%ebx, %r12d
	je	.L49
	jle	.L76
	movslq	%ebx, %rax
	movl	%ebx, %edx
	addq	%r14, %rax
	jmp	.L52
	.p2align 4,,10
	.p2align 3
.L103:
	cmpb	$32, %cl
	je	.L83
	addl	$1, %edx
	addq	$1, %rax
	cmpl	%r12d, %edx
	je	.L51
.L52:
	movzbl	(%rax), %ecx
	cmpb	$9, %cl
	jne	.L103
.L83:
	cmpl	$262143, %r13d
	jle	.L72
	movl	%edx, %ebx
.L55:
	cmpl	%r12d, %edx
	jl	.L48
	.p2align 4,,10
	.p2align 3
.L49:
	leal	1(%r12), %ebx
	cmpl	%ebx, %r8d
	jg	.L44
	movl	%r13d, %r10d
.L45:
	cmpl	$0, 48(%rsp)
	je	.L79
	xorl	%ecx, %ecx
	xorl	%esi, %esi
	xorl	%r8d, %r8d
	movl	%r10d, 44(%rsp)
	movl	%ecx, 40(%rsp)
	leaq	line(%rip), %r12
	movq	%rsi, 32(%rsp)
	movq	%r8, 24(%rsp)
	.p2align 4,,10
	.p2align 3
.L71:
	movabsq	$6364136223846793005, %rcx
	imulq	56(%rsp), %rcx
	movl	44(%rsp), %edx
	movabsq	$1442695040888963407, %rax
	addq	%rax, %rcx
	movq	%rcx, 56(%rsp)
	testl	%edx, %edx
	je	.L63
	movl	52(%rsp), %eax
	movq	%rcx, %rdx
	shrq	$32, %rdx
	addl	$1, %eax
	imulq	%rdx, %rax
	shrq	$32, %rax
	movl	%eax, 12(%rsp)
	je	.L63
	movabsq	$6364136223846793005, %rax
	leaq	vl(%rip), %rdi
	imulq	%rax, %rcx
	movabsq	$1442695040888963407, %rax
	leaq	(%rcx,%rax), %rbx
	movslq	44(%rsp), %rax
	movq	%rbx, %rdx
	movq	%rbx, 56(%rsp)
	shrq	$32, %rdx
	imulq	%rax, %rdx
	shrq	$32, %rdx
	movslq	%edx, %rsi
	movslq	%edx, %rdx
	movl	(%rdi,%rdx,4), %r15d
	cmpl	$1048575, %r15d
	jg	.L63
	movq	%rax, 16(%rsp)
	xorl	%ebp, %ebp
	xorl	%r13d, %r13d
	jmp	.L64
	.p2align 4,,10
	.p2align 3
.L67:
	movabsq	$6364136223846793005, %rax
	movq	16(%rsp), %rsi
	leaq	vl(%rip), %rcx
	imulq	%rax, %rbx
	movabsq	$1442695040888963407, %rax
	addq	%rax, %rbx
	movq	%rbx, %rax
	movq	%rbx, 56(%rsp)
	shrq	$32, %rax
	imulq	%rsi, %rax
	shrq	$32, %rax
	movslq	%eax, %rsi
	cltq
	movl	(%rcx,%rax,4), %r15d
	leal	(%r15,%rdi), %eax
	cmpl	$1048575, %eax
	jg	.L62
	movq	%rbx, %rax
	leal	1(%rdi), %ebp
	movslq	%edi, %rdi
	andl	$2147483648, %eax
	cmpq	$1, %rax
	sbbl	%eax, %eax
	andl	$-23, %eax
	addl	$32, %eax
	movb	%al, (%r12,%rdi)
.L64:
	leaq	vs(%rip), %rax
	movslq	%ebp, %rdi
	movslq	%r15d, %rdx
	addl	$1, %r13d
	movslq	(%rax,%rsi,4), %rsi
	addq	%r12, %rdi
	addq	%r14, %rsi
	call	memcpy@PLT
	leal	0(%rbp,%r15), %edi
	cmpl	%r13d, 12(%rsp)
	jne	.L67
.L62:
	movl	%edi, %esi
	movq	%r12, %rdi
	call	reverse_line.constprop.0
	testl	%eax, %eax
	jle	.L104
.L99:
	leaq	out(%rip), %rdx
	cltq
	movq	24(%rsp), %r8
	leaq	(%rax,%rdx), %rcx
	.p2align 4,,10
	.p2align 3
.L70:
	imulq	$1000003, %r8, %r8
	movzbl	(%rdx), %esi
	addq	$1, %rdx
	addq	%rsi, %r8
	cmpq	%rdx, %rcx
	jne	.L70
	movq	%r8, 24(%rsp)
.L69:
	imulq	$1000003, 24(%rsp), %r8
	addl	$1, 40(%rsp)
	leaq	10(%r8), %rdi
	movq	%rdi, 24(%rsp)
	movq	32(%rsp), %rdi
	leaq	1(%rdi,%rax), %rax
	movq	%rax, 32(%rsp)
	movl	40(%rsp), %eax
	cmpl	48(%rsp), %eax
	jb	.L71
	movq	24(%rsp), %r8
.L60:
	movq	32(%rsp), %rsi
	movq	%r8, %rdx
	leaq	.LC1(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L87
.L56:
	je	.L49
.L76:
	movl	%ebx, %edx
	.p2align 4,,10
	.p2align 3
.L51:
	cmpl	$262143, %r13d
	jg	.L49
.L72:
	movl	%edx, %ecx
	movslq	%r13d, %rax
	addl	$1, %r13d
	subl	%ebx, %ecx
	movl	%ebx, (%r15,%rax,4)
	movl	%edx, %ebx
	movl	%ecx, 0(%rbp,%rax,4)
	jmp	.L55
.L63:
	xorl	%edi, %edi
	movl	%edi, %esi
	movq	%r12, %rdi
	call	reverse_line.constprop.0
	testl	%eax, %eax
	jg	.L99
.L104:
	cltq
	jmp	.L69
.L74:
	movl	%r8d, %r12d
	jmp	.L46
.L58:
	xorl	%esi, %esi
	movl	%r8d, 12(%rsp)
	movl	%ebx, %r12d
	call	reverse_line.constprop.0
	leaq	out(%rip), %rdi
	movl	$1, %esi
	movq	stdout(%rip), %rcx
	movslq	%eax, %rdx
	addl	$1, %eax
	movb	$10, (%rdi,%rdx)
	movslq	%eax, %rdx
	call	fwrite@PLT
	movl	12(%rsp), %r8d
	jmp	.L49
.L79:
	xorl	%eax, %eax
	xorl	%r8d, %r8d
	movq	%rax, 32(%rsp)
	jmp	.L60
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.local	vl
	.comm	vl,1048576,32
	.local	vs
	.comm	vs,1048576,32
	.local	we
	.comm	we,2097156,32
	.local	ws
	.comm	ws,2097156,32
	.local	out
	.comm	out,1048576,32
	.local	line
	.comm	line,1048576,32
	.local	text
	.comm	text,1048577,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
