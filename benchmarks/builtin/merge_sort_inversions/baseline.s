	.file	"prog.c"
	.text
	.p2align 4
	.type	sort_count, @function
sort_count:
.LFB11:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	xorl	%r15d, %r15d
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
	movl	%esi, %ebx
	subl	%edi, %ebx
	subq	$24, %rsp
	.cfi_def_cfa_offset 80
	cmpl	$1, %ebx
	jle	.L1
	sarl	%ebx
	movl	%esi, %r13d
	movl	%edi, 8(%rsp)
	addl	%edi, %ebx
	movl	%ebx, %esi
	call	sort_count
	movl	%r13d, %esi
	movl	%ebx, %edi
	movq	%rax, %r15
	call	sort_count
	movl	8(%rsp), %ecx
	addq	%rax, %r15
	cmpl	%ebx, %r13d
	jle	.L15
	leal	1(%rcx), %eax
	movl	%ebx, %r12d
	movl	%ecx, %ebp
	movslq	%ebx, %r8
	cltq
	leaq	a(%rip), %r14
	movslq	%ecx, %rdi
	leaq	-4+tmp(%rip), %r9
	.p2align 4,,10
	.p2align 3
.L8:
	movl	(%r14,%r8,4), %esi
	movl	(%r14,%rdi,4), %edx
	cmpl	%edx, %esi
	jnb	.L4
.L28:
	movl	%ebx, %edx
	movl	%esi, (%r9,%rax,4)
	addl	$1, %r12d
	subl	%ebp, %edx
	movslq	%edx, %rdx
	addq	%rdx, %r15
	leaq	1(%rax), %rdx
	cmpl	%ebx, %ebp
	jge	.L7
	cmpl	%r12d, %r13d
	jle	.L7
	movslq	%r12d, %r8
	movq	%rdx, %rax
	movl	(%r14,%rdi,4), %edx
	movl	(%r14,%r8,4), %esi
	cmpl	%edx, %esi
	jb	.L28
.L4:
	movl	%edx, (%r9,%rax,4)
	addl	$1, %ebp
	leaq	1(%rax), %rdx
	cmpl	%r12d, %r13d
	jle	.L7
	cmpl	%ebp, %ebx
	jle	.L7
	movq	%rdx, %rax
	movslq	%ebp, %rdi
	jmp	.L8
	.p2align 4,,10
	.p2align 3
.L7:
	movl	%eax, %r8d
	cmpl	%ebp, %ebx
	jle	.L9
.L3:
	movslq	%r8d, %rdx
	leaq	tmp(%rip), %rax
	movl	%ecx, 12(%rsp)
	leaq	(%rax,%rdx,4), %rdi
	leal	-1(%rbx), %eax
	movl	%r8d, 8(%rsp)
	subl	%ebp, %eax
	leaq	4(,%rax,4), %rdx
	movslq	%ebp, %rax
	leaq	(%r14,%rax,4), %rsi
	call	memcpy@PLT
	movl	8(%rsp), %r8d
	movl	12(%rsp), %ecx
	addl	%r8d, %ebx
	subl	%ebp, %ebx
	movl	%ebx, %r8d
.L9:
	cmpl	%r13d, %r12d
	jge	.L13
	movslq	%r8d, %rax
	leaq	tmp(%rip), %rdx
	movl	%ecx, 8(%rsp)
	leaq	(%rdx,%rax,4), %rdi
	leal	-1(%r13), %eax
	subl	%r12d, %eax
	leaq	4(,%rax,4), %rdx
	movslq	%r12d, %rax
	leaq	(%r14,%rax,4), %rsi
	call	memcpy@PLT
	movl	8(%rsp), %ecx
.L13:
	cmpl	%ecx, %r13d
	jle	.L1
	subl	%ecx, %r13d
	movslq	%ecx, %rsi
	leal	-1(%r13), %eax
	salq	$2, %rsi
	leaq	4(,%rax,4), %rdx
	leaq	tmp(%rip), %rax
	leaq	(%r14,%rsi), %rdi
	addq	%rax, %rsi
	call	memcpy@PLT
.L1:
	addq	$24, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	movq	%r15, %rax
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
.L15:
	.cfi_restore_state
	movl	%ecx, %r8d
	movl	%ebx, %r12d
	leaq	a(%rip), %r14
	movl	%ecx, %ebp
	jmp	.L3
	.cfi_endproc
.LFE11:
	.size	sort_count, .-sort_count
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%d %u %u"
.LC2:
	.string	"%u"
.LC3:
	.string	"%llu\n"
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
	subq	$24, %rsp
	.cfi_def_cfa_offset 80
	movq	%rsp, %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L31
	movl	(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, (%rsp)
	testl	%eax, %eax
	je	.L31
	leaq	12(%rsp), %r14
	leaq	8(%rsp), %r13
	leaq	4(%rsp), %r12
	leaq	.LC2(%rip), %rbx
.L38:
	xorl	%eax, %eax
	movq	%r14, %rcx
	movq	%r13, %rdx
	movq	%r12, %rsi
	leaq	.LC1(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$3, %eax
	jne	.L31
	movl	4(%rsp), %r8d
	cmpl	$2000000, %r8d
	ja	.L31
	movl	12(%rsp), %ecx
	testl	%ecx, %ecx
	je	.L33
	testl	%r8d, %r8d
	je	.L35
	leaq	a(%rip), %rsi
	movslq	%r8d, %rax
	movl	8(%rsp), %edi
	leaq	(%rsi,%rax,4), %r9
	.p2align 4,,10
	.p2align 3
.L37:
	movl	%ecx, %edx
	addq	$4, %rsi
	sall	$13, %edx
	xorl	%ecx, %edx
	movl	%edx, %eax
	shrl	$17, %eax
	xorl	%edx, %eax
	xorl	%edx, %edx
	movl	%eax, %ecx
	sall	$5, %ecx
	xorl	%eax, %ecx
	movl	%ecx, %eax
	divl	%edi
	movl	%edx, -4(%rsi)
	cmpq	%rsi, %r9
	jne	.L37
.L35:
	movl	%r8d, %esi
	xorl	%edi, %edi
	call	sort_count
	leaq	.LC3(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	call	printf@PLT
	movl	(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, (%rsp)
	testl	%eax, %eax
	jne	.L38
.L31:
	addq	$24, %rsp
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
.L33:
	.cfi_restore_state
	testl	%r8d, %r8d
	je	.L35
	leaq	a(%rip), %rbp
	xorl	%r15d, %r15d
	jmp	.L36
	.p2align 4,,10
	.p2align 3
.L49:
	addl	$1, %r15d
	addq	$4, %rbp
	cmpl	%r15d, 4(%rsp)
	jle	.L48
.L36:
	xorl	%eax, %eax
	movq	%rbp, %rsi
	movq	%rbx, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	je	.L49
	jmp	.L31
.L48:
	movl	4(%rsp), %r8d
	jmp	.L35
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.local	tmp
	.comm	tmp,8000000,32
	.local	a
	.comm	a,8000000,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
