	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%31s"
.LC2:
	.string	"%d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB15:
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
	subq	$104, %rsp
	.cfi_def_cfa_offset 160
	leaq	60(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L41
	movl	60(%rsp), %eax
	subl	$1, %eax
	cmpl	$63, %eax
	jbe	.L62
.L41:
	addq	$104, %rsp
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
.L62:
	.cfi_restore_state
	leaq	mask(%rip), %r12
	xorl	%r14d, %r14d
	leaq	64(%rsp), %rbx
	movl	$1, %r13d
	leaq	.LC1(%rip), %rbp
.L5:
	xorl	%eax, %eax
	movq	%rbx, %rsi
	movq	%rbp, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L41
	movzbl	64(%rsp), %ecx
	movq	%rbx, %rax
	testb	%cl, %cl
	je	.L10
	.p2align 4,,10
	.p2align 3
.L4:
	subl	$97, %ecx
	cmpb	$25, %cl
	ja	.L8
	movl	%r13d, %edx
	addq	$1, %rax
	sall	%cl, %edx
	orl	%edx, (%r12)
	movzbl	(%rax), %ecx
	testb	%cl, %cl
	jne	.L4
.L10:
	addl	$1, %r14d
	addq	$4, %r12
	cmpl	%r14d, 60(%rsp)
	jg	.L5
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L63:
	cmpl	$-1, %eax
	je	.L34
.L6:
	movq	stdin(%rip), %rdi
	call	getc@PLT
	cmpl	$10, %eax
	jne	.L63
.L34:
	movq	stdin(%rip), %rcx
	movl	$1048576, %edx
	movl	$1, %esi
	leaq	buf(%rip), %rdi
	call	fread@PLT
	movq	%rax, %rcx
	testq	%rax, %rax
	je	.L64
	movl	$1, %r8d
	xorl	%edi, %edi
	leaq	-4+start(%rip), %r10
	leaq	-4+len(%rip), %r9
.L12:
	movq	%rdi, %rax
	cmpq	%rcx, %rdi
	jb	.L17
	jmp	.L14
	.p2align 4,,10
	.p2align 3
.L15:
	cmpq	%rcx, %rax
	jnb	.L14
.L17:
	leaq	buf(%rip), %rsi
	movzbl	(%rsi,%rax), %edx
	movq	%rax, %rsi
	addq	$1, %rax
	cmpb	$10, %dl
	jne	.L15
	movq	%rsi, %rax
.L14:
	movl	%eax, %edx
	movl	%edi, (%r10,%r8,4)
	subl	%edi, %edx
	leaq	1(%rax), %rdi
	leaq	1(%r8), %rax
	movl	%edx, (%r9,%r8,4)
	cmpq	%rcx, %rdi
	jnb	.L35
	cmpl	$199999, %r8d
	jg	.L35
	movq	%rax, %r8
	jmp	.L12
	.p2align 4,,10
	.p2align 3
.L8:
	movzbl	1(%rax), %ecx
	addq	$1, %rax
	testb	%cl, %cl
	jne	.L4
	addl	$1, %r14d
	addq	$4, %r12
	cmpl	%r14d, 60(%rsp)
	jg	.L5
	jmp	.L6
.L35:
	movl	%r8d, 36(%rsp)
.L13:
	cmpl	$0, 60(%rsp)
	jle	.L41
	movslq	36(%rsp), %rax
	leaq	len(%rip), %rdi
	xorl	%r15d, %r15d
	leaq	(%rdi,%rax,4), %rax
	movq	%rax, 24(%rsp)
.L18:
	movl	36(%rsp), %eax
	xorl	%ebx, %ebx
	testl	%eax, %eax
	je	.L29
	leaq	mask(%rip), %rax
	xorl	%ebx, %ebx
	movq	%r15, 40(%rsp)
	movl	(%rax,%r15,4), %r13d
	leaq	start(%rip), %rax
	movl	%ebx, 32(%rsp)
	movq	%rax, 16(%rsp)
	leaq	len(%rip), %rax
	movq	%rax, 8(%rsp)
	movl	%r13d, %r15d
	jmp	.L27
	.p2align 4,,10
	.p2align 3
.L20:
	addl	$1, 32(%rsp)
	movl	%ebx, %r15d
.L25:
	addq	$4, 8(%rsp)
	movq	8(%rsp), %rax
	addq	$4, 16(%rsp)
	cmpq	%rax, 24(%rsp)
	je	.L65
.L27:
	movq	16(%rsp), %rax
	xorl	%r13d, %r13d
	movl	%r15d, %ebx
	movq	%r13, %r15
	movslq	(%rax), %rsi
	leaq	buf(%rip), %rax
	leaq	(%rax,%rsi), %r12
	movq	8(%rsp), %rax
	movl	(%rax), %eax
	movl	%eax, (%rsp)
	leal	-1(%rax), %r14d
	movl	%r14d, %ebp
	movq	%r12, %r14
	.p2align 4,,10
	.p2align 3
.L19:
	movl	%r15d, %r12d
	cmpl	%r15d, %ebp
	jle	.L20
	call	__ctype_b_loc@PLT
	movzbl	(%r14,%r15), %edx
	movq	(%rax), %r13
	movq	%rdx, (%rsp)
	testb	$4, 1(%r13,%rdx,2)
	je	.L21
	call	__ctype_tolower_loc@PLT
	movq	(%rsp), %rdx
	movq	(%rax), %rsi
	movl	(%rsi,%rdx,4), %r8d
	leal	-97(%r8), %eax
	btl	%eax, %ebx
	jc	.L21
	movslq	%ebp, %rax
	.p2align 4,,10
	.p2align 3
.L24:
	movzbl	(%r14,%rax), %edx
	testb	$4, 1(%r13,%rdx,2)
	je	.L22
	movl	(%rsi,%rdx,4), %edx
	leal	-97(%rdx), %ecx
	btl	%ecx, %ebx
	jc	.L22
	cmpl	%r12d, %eax
	jle	.L20
	cmpl	%edx, %r8d
	jne	.L58
	leal	-1(%rax), %ebp
.L21:
	addq	$1, %r15
	jmp	.L19
	.p2align 4,,10
	.p2align 3
.L22:
	subq	$1, %rax
	cmpl	%eax, %r12d
	jl	.L24
	jmp	.L20
.L58:
	movl	%ebx, %r15d
	jmp	.L25
.L65:
	movq	40(%rsp), %r15
	movl	32(%rsp), %ebx
.L29:
	movl	%ebx, %esi
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	addq	$1, %r15
	call	printf@PLT
	cmpl	%r15d, 60(%rsp)
	jg	.L18
	jmp	.L41
.L64:
	xorl	%edx, %edx
	movl	%edx, 36(%rsp)
	jmp	.L13
	.cfi_endproc
.LFE15:
	.size	main, .-main
	.local	mask
	.comm	mask,256,32
	.local	len
	.comm	len,800000,32
	.local	start
	.comm	start,800000,32
	.local	buf
	.comm	buf,1048576,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
