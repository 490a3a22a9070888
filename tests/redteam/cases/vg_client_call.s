	.file	"vg_client_call.c"
	.text
	.p2align 4
	.type	solve, @function
solve:
.LFB3:
	.cfi_startproc
	pushq	%r13
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	movq	%rdi, %r10
	xorl	%r8d, %r8d
	leaq	in(%rip), %r9
	pushq	%r12
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	xorl	%edi, %edi
	pushq	%rbp
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	pushq	%rbx
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	movl	$4194304, %ebx
	jmp	.L2
	.p2align 4,,10
	.p2align 3
.L4:
	addq	%rax, %r8
	cmpq	$4194303, %r8
	jg	.L3
.L2:
	movq	%rbx, %rdx
	leaq	(%r9,%r8), %rsi
	movq	%rdi, %rax
	subq	%r8, %rdx
#APP
# 13 "vg_client_call.c" 1
	syscall
# 0 "" 2
#NO_APP
	testq	%rax, %rax
	jg	.L4
	xorl	%r11d, %r11d
	xorl	%eax, %eax
	testq	%r8, %r8
	je	.L5
.L3:
	movq	$-1, %rbx
	movl	$1, %ebp
	xorl	%eax, %eax
	xorl	%edx, %edx
	xorl	%r11d, %r11d
	xorl	%r12d, %r12d
	.p2align 4,,10
	.p2align 3
.L15:
	cmpq	%rdx, %r8
	jg	.L16
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L6:
	addq	$1, %rdx
	cmpq	%r8, %rdx
	je	.L5
.L16:
	movzbl	(%r9,%rdx), %edi
	cmpb	$32, %dil
	je	.L6
	cmpb	$10, %dil
	je	.L6
	cmpq	%rdx, %r8
	jle	.L5
	xorl	%esi, %esi
	cmpb	$45, %dil
	jne	.L9
	jmp	.L36
	.p2align 4,,10
	.p2align 3
.L11:
	leaq	(%rsi,%rsi,4), %rsi
	movsbq	%cl, %rcx
	addq	$1, %rdx
	leaq	(%rcx,%rsi,2), %rsi
	cmpq	%r8, %rdx
	jge	.L10
.L9:
	movzbl	(%r9,%rdx), %ecx
	subl	$48, %ecx
	cmpb	$9, %cl
	jbe	.L11
.L10:
	movq	%rsi, %rcx
	negq	%rcx
	cmpb	$45, %dil
	cmove	%rcx, %rsi
	cmpl	$-1, %ebx
	je	.L23
.L38:
	leal	1(%rbx), %ecx
	cmpq	%r12, %rbx
	jge	.L5
	addq	%rsi, %rax
	testl	%ebp, %ebp
	jne	.L25
	movslq	%ecx, %rbx
	cmpq	%r11, %rsi
	jg	.L25
.L13:
	cmpq	%r8, %rdx
	jl	.L15
	.p2align 4,,10
	.p2align 3
.L5:
	movl	$2, %ebp
	xorl	%ebx, %ebx
	leaq	-72(%rsp), %r12
	movabsq	$-3689348814741910323, %r9
	leaq	out(%rip), %rsi
	leaq	-73(%rsp), %r8
.L21:
	movq	%rax, %rcx
	testq	%rax, %rax
	jns	.L17
	movslq	%ebx, %rax
	negq	%rcx
	addl	$1, %ebx
	movb	$45, (%rsi,%rax)
.L17:
	movl	$1, %edi
	.p2align 4,,10
	.p2align 3
.L18:
	movq	%rcx, %rax
	mulq	%r9
	movq	%rcx, %rax
	shrq	$3, %rdx
	leaq	(%rdx,%rdx,4), %r13
	addq	%r13, %r13
	subq	%r13, %rax
	movq	%rdi, %r13
	addl	$48, %eax
	movb	%al, (%r8,%rdi)
	movq	%rcx, %rax
	addq	$1, %rdi
	movq	%rdx, %rcx
	cmpq	$9, %rax
	ja	.L18
	movslq	%r13d, %rdi
	leal	-1(%r13), %ecx
	movslq	%ebx, %rdx
	leaq	(%r12,%rdi), %rax
	addq	%r8, %rdi
	addq	%rsi, %rdx
	movq	%rcx, %r13
	subq	%rcx, %rdi
	.p2align 4,,10
	.p2align 3
.L19:
	movzbl	-1(%rax), %ecx
	subq	$1, %rax
	addq	$1, %rdx
	movb	%cl, -1(%rdx)
	cmpq	%rax, %rdi
	jne	.L19
	leal	1(%rbx,%r13), %eax
	leal	2(%rbx,%r13), %ebx
	cltq
	cmpl	$1, %ebp
	jne	.L37
	movb	$10, (%rsi,%rax)
	movl	$1, %eax
	movslq	%ebx, %rdx
	movq	%rax, %rdi
#APP
# 13 "vg_client_call.c" 1
	syscall
# 0 "" 2
#NO_APP
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 32
	leaq	1(%r10), %rax
	popq	%rbp
	.cfi_def_cfa_offset 24
	popq	%r12
	.cfi_def_cfa_offset 16
	popq	%r13
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L25:
	.cfi_restore_state
	movslq	%ecx, %rbx
	movq	%rsi, %r11
	xorl	%ebp, %ebp
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L36:
	addq	$1, %rdx
	cmpq	%rdx, %r8
	jg	.L9
	cmpl	$-1, %ebx
	jne	.L38
	.p2align 4,,10
	.p2align 3
.L23:
	movq	%rsi, %r12
	xorl	%ebx, %ebx
	jmp	.L13
.L37:
	movb	$32, (%rsi,%rax)
	movl	$1, %ebp
	movq	%r11, %rax
	jmp	.L21
	.cfi_endproc
.LFE3:
	.size	solve, .-solve
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB4:
	.cfi_startproc
	subq	$72, %rsp
	.cfi_def_cfa_offset 80
	leaq	solve(%rip), %rax
	xorl	%edx, %edx
	movq	$4353, 16(%rsp)
	movq	%rax, 24(%rsp)
	leaq	16(%rsp), %rax
	movq	$0, 32(%rsp)
	movq	$0, 40(%rsp)
	movq	$0, 48(%rsp)
	movq	$0, 56(%rsp)
#APP
# 56 "vg_client_call.c" 1
	rolq $3,  %rdi ; rolq $13, %rdi
	rolq $61, %rdi ; rolq $51, %rdi
	xchgq %rbx,%rbx
# 0 "" 2
#NO_APP
	movq	%rdx, 8(%rsp)
	movq	8(%rsp), %rax
	testq	%rax, %rax
	je	.L42
.L40:
	xorl	%eax, %eax
	addq	$72, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret
.L42:
	.cfi_restore_state
	xorl	%edi, %edi
	call	solve
	jmp	.L40
	.cfi_endproc
.LFE4:
	.size	main, .-main
	.local	out
	.comm	out,64,32
	.local	in
	.comm	in,4194304,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
